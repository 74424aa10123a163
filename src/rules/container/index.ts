import type { AnyRule } from '../define-rule.js';
import { containerApparmorUnconfined } from './container-apparmor-unconfined.js';
import { containerCpuLimit } from './container-cpu-limit.js';
import { containerDangerousCapabilities } from './container-dangerous-capabilities.js';
import { containerDefaultBridge } from './container-default-bridge.js';
import { containerHealthcheck } from './container-healthcheck.js';
import { containerHostDevices } from './container-host-devices.js';
import { containerHostIpc } from './container-host-ipc.js';
import { containerHostNetwork } from './container-host-network.js';
import { containerHostPid } from './container-host-pid.js';
import { containerHostUserns } from './container-host-userns.js';
import { containerHostUts } from './container-host-uts.js';
import { containerMemoryLimit } from './container-memory-limit.js';
import { containerNoNewPrivileges } from './container-no-new-privileges.js';
import { containerPidsLimit } from './container-pids-limit.js';
import { containerPortOnAllInterfaces } from './container-port-on-all-interfaces.js';
import { containerPrivilegedPort } from './container-privileged-port.js';
import { containerPrivileged } from './container-privileged.js';
import { containerRestartPolicy } from './container-restart-policy.js';
import { containerSeccompUnconfined } from './container-seccomp-unconfined.js';
import { containerSelinuxDisabled } from './container-selinux-disabled.js';
import { containerSensitiveHostMount } from './container-sensitive-host-mount.js';
import { containerSharedMountPropagation } from './container-shared-mount-propagation.js';
import { containerSocketMount } from './container-socket-mount.js';
import { containerUlimitOverride } from './container-ulimit-override.js';
import { containerWritableRootFilesystem } from './container-writable-root-filesystem.js';

// Sorted by id.
export const containerRules: readonly AnyRule[] = [
  containerPrivileged, // DH030
  containerDangerousCapabilities, // DH031
  containerSensitiveHostMount, // DH032
  containerSocketMount, // DH033
  containerPrivilegedPort, // DH034
  containerHostNetwork, // DH035
  containerMemoryLimit, // DH036
  containerCpuLimit, // DH037
  containerWritableRootFilesystem, // DH038
  containerPortOnAllInterfaces, // DH039
  containerRestartPolicy, // DH040
  containerHostPid, // DH041
  containerHostIpc, // DH042
  containerHostDevices, // DH043
  containerUlimitOverride, // DH044
  containerSharedMountPropagation, // DH045
  containerHostUts, // DH046
  containerSeccompUnconfined, // DH047
  containerNoNewPrivileges, // DH048
  containerHealthcheck, // DH049
  containerPidsLimit, // DH050
  containerDefaultBridge, // DH051
  containerHostUserns, // DH052
  containerApparmorUnconfined, // DH053
  containerSelinuxDisabled, // DH054
];
