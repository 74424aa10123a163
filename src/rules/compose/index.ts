import type { AnyRule } from '../define-rule.js';
import { composeCapabilitiesNotDropped } from './compose-capabilities-not-dropped.js';
import { composeDangerousCapabilities } from './compose-dangerous-capabilities.js';
import { composeHostIpc } from './compose-host-ipc.js';
import { composeHostNetwork } from './compose-host-network.js';
import { composeHostPid } from './compose-host-pid.js';
import { composeHostUserns } from './compose-host-userns.js';
import { composeHostUts } from './compose-host-uts.js';
import { composeMissingResourceLimits } from './compose-missing-resource-limits.js';
import { composeNoNewPrivileges } from './compose-no-new-privileges.js';
import { composePrivileged } from './compose-privileged.js';
import { composeRootUser } from './compose-root-user.js';
import { composeRuntimeSocketMount } from './compose-runtime-socket-mount.js';
import { composeSecretInEnvironment } from './compose-secret-in-environment.js';
import { composeSensitiveHostMount } from './compose-sensitive-host-mount.js';
import { composeSensitivePortOnAllInterfaces } from './compose-sensitive-port-on-all-interfaces.js';
import { composeUnconfinedSecurityProfile } from './compose-unconfined-security-profile.js';
import { composeWritableRootFilesystem } from './compose-writable-root-filesystem.js';

// Sorted by id.
export const composeRules: readonly AnyRule[] = [
  composePrivileged, // DC001
  composeDangerousCapabilities, // DC002
  composeCapabilitiesNotDropped, // DC003
  composeHostNetwork, // DC004
  composeHostPid, // DC005
  composeHostIpc, // DC006
  composeHostUserns, // DC007
  composeHostUts, // DC008
  composeRuntimeSocketMount, // DC009
  composeSensitiveHostMount, // DC010
  composeUnconfinedSecurityProfile, // DC011
  composeNoNewPrivileges, // DC012
  composeRootUser, // DC013
  composeWritableRootFilesystem, // DC014
  composeMissingResourceLimits, // DC015
  composeSecretInEnvironment, // DC016
  composeSensitivePortOnAllInterfaces, // DC017
];
