import type { AnyRule } from '../../../define-rule.js';
import { addedCapabilities } from './added-capabilities.js';
import { apparmorProfile } from './apparmor-profile.js';
import { capabilitiesNotDropped } from './capabilities-not-dropped.js';
import { hostNamespaces } from './host-namespaces.js';
import { hostPathVolume } from './host-path-volume.js';
import { hostPort } from './host-port.js';
import { privilegeEscalationAllowed } from './privilege-escalation-allowed.js';
import { privilegedContainer } from './privileged-container.js';
import { probeOrLifecycleHost } from './probe-or-lifecycle-host.js';
import { restrictedVolumeType } from './restricted-volume-type.js';
import { runAsNonRoot } from './run-as-non-root.js';
import { runAsRootUser } from './run-as-root-user.js';
import { seccompProfileRequired } from './seccomp-profile-required.js';
import { selinuxOptions } from './selinux-options.js';
import { unconfinedSeccomp } from './unconfined-seccomp.js';
import { unmaskedProcMount } from './unmasked-proc-mount.js';
import { unmaskedProcMountRestricted } from './unmasked-proc-mount-restricted.js';
import { unsafeSysctl } from './unsafe-sysctl.js';
import { windowsHostProcess } from './windows-host-process.js';

/** Pod Security Standards checks, one per PSA check id (PSA's 19 checks). Keep sorted by rule id. */
export const pssRules: readonly AnyRule[] = [
  privilegedContainer, // KW001 privileged
  windowsHostProcess, // KW002 windowsHostProcess
  hostNamespaces, // KW003 hostNamespaces
  addedCapabilities, // KW004 capabilities_baseline
  hostPathVolume, // KW005 hostPathVolumes
  hostPort, // KW006 hostPorts
  probeOrLifecycleHost, // KW007 hostProbesAndHostLifecycle
  apparmorProfile, // KW008 appArmorProfile
  selinuxOptions, // KW009 seLinuxOptions
  unmaskedProcMount, // KW010 procMount
  unconfinedSeccomp, // KW011 seccompProfile_baseline
  unsafeSysctl, // KW012 sysctls
  restrictedVolumeType, // KW013 restrictedVolumes
  privilegeEscalationAllowed, // KW014 allowPrivilegeEscalation
  runAsNonRoot, // KW015 runAsNonRoot
  runAsRootUser, // KW016 runAsUser
  seccompProfileRequired, // KW017 seccompProfile_restricted
  capabilitiesNotDropped, // KW018 capabilities_restricted
  unmaskedProcMountRestricted, // KW019 procMount_restricted
];
