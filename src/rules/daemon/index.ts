import type { AnyRule } from '../define-rule.js';
import { daemonAufsStorageDriver } from './daemon-aufs-storage-driver.js';
import { daemonAuthorizationPluginMissing } from './daemon-authorization-plugin-missing.js';
import { daemonBaseDeviceSizeChanged } from './daemon-base-device-size-changed.js';
import { daemonCgroupParentChanged } from './daemon-cgroup-parent-changed.js';
import { daemonDefaultUlimitUnset } from './daemon-default-ulimit-unset.js';
import { daemonExperimentalEnabled } from './daemon-experimental-enabled.js';
import { daemonIccEnabled } from './daemon-icc-enabled.js';
import { daemonInsecureRegistry } from './daemon-insecure-registry.js';
import { daemonIptablesDisabled } from './daemon-iptables-disabled.js';
import { daemonLiveRestoreMissing } from './daemon-live-restore-missing.js';
import { daemonLogLevel } from './daemon-log-level.js';
import { daemonNoNewPrivilegesMissing } from './daemon-no-new-privileges-missing.js';
import { daemonRemoteLoggingMissing } from './daemon-remote-logging-missing.js';
import { daemonSeccompUnconfined } from './daemon-seccomp-unconfined.js';
import { daemonTcpWithoutTls } from './daemon-tcp-without-tls.js';
import { daemonUserlandProxyEnabled } from './daemon-userland-proxy-enabled.js';
import { daemonUsernsRemapMissing } from './daemon-userns-remap-missing.js';

/** Docker daemon configuration rules (CIS Docker Benchmark 1.6, section 2), by id. */
export const daemonRules: readonly AnyRule[] = [
  daemonIccEnabled, // DH001
  daemonLogLevel, // DH002
  daemonIptablesDisabled, // DH003
  daemonInsecureRegistry, // DH004
  daemonAufsStorageDriver, // DH005
  daemonTcpWithoutTls, // DH006
  daemonDefaultUlimitUnset, // DH007
  daemonUsernsRemapMissing, // DH008
  daemonCgroupParentChanged, // DH009
  daemonBaseDeviceSizeChanged, // DH010
  daemonAuthorizationPluginMissing, // DH011
  daemonRemoteLoggingMissing, // DH012
  daemonNoNewPrivilegesMissing, // DH013
  daemonLiveRestoreMissing, // DH014
  daemonUserlandProxyEnabled, // DH015
  daemonSeccompUnconfined, // DH016
  daemonExperimentalEnabled, // DH017
];
