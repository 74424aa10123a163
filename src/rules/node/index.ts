import type { AnyRule } from '../define-rule.js';
import { containerdSocketPermissions } from './containerd-socket-permissions.js';
import { dockerConfigDirectoryPermissions } from './docker-config-directory-permissions.js';
import { dockerDaemonJsonPermissions } from './docker-daemon-json-permissions.js';
import { dockerDataRootPartition } from './docker-data-root-partition.js';
import { dockerDefaultFilePermissions } from './docker-default-file-permissions.js';
import { dockerRegistryCertificatePermissions } from './docker-registry-certificate-permissions.js';
import { dockerServiceFilePermissions } from './docker-service-file-permissions.js';
import { dockerSockPermissions } from './docker-sock-permissions.js';
import { dockerSocketUnitPermissions } from './docker-socket-unit-permissions.js';
import { dockerSysconfigFilePermissions } from './docker-sysconfig-file-permissions.js';
import { dockerTlsCaPermissions } from './docker-tls-ca-permissions.js';
import { dockerTlsCertificatePermissions } from './docker-tls-certificate-permissions.js';
import { dockerTlsKeyPermissions } from './docker-tls-key-permissions.js';
import { nodeContainerdConfigPermissions } from './node-containerd-config-permissions.js';
import { nodeControlPlaneKubeconfigPermissions } from './node-control-plane-kubeconfig-permissions.js';
import { nodeControlPlaneManifestPermissions } from './node-control-plane-manifest-permissions.js';
import { nodeIntegrityChanged } from './node-integrity-changed.js';
import { nodeIpForwardingWithoutRuntime } from './node-ip-forwarding-without-runtime.js';
import { nodeKernelDefaultsForKubelet } from './node-kernel-defaults-for-kubelet.js';
import { nodeKernelHardeningSysctls } from './node-kernel-hardening-sysctls.js';
import { nodeKubeletClientCaPermissions } from './node-kubelet-client-ca-permissions.js';
import { nodeKubeletConfigPermissions } from './node-kubelet-config-permissions.js';
import { nodeKubeletKubeconfigPermissions } from './node-kubelet-kubeconfig-permissions.js';
import { nodeKubeletServiceFilePermissions } from './node-kubelet-service-file-permissions.js';
import { nodeNoMandatoryAccessControl } from './node-no-mandatory-access-control.js';
import { nodeNoTpm } from './node-no-tpm.js';
import { nodePkiCertificatePermissions } from './node-pki-certificate-permissions.js';
import { nodePkiDirectoryPermissions } from './node-pki-directory-permissions.js';
import { nodePkiKeyPermissions } from './node-pki-key-permissions.js';
import { nodeProxyKubeconfigPermissions } from './node-proxy-kubeconfig-permissions.js';
import { nodeSeccompUnavailable } from './node-seccomp-unavailable.js';
import { nodeSecureBootDisabled } from './node-secure-boot-disabled.js';

/** Node rules, by id: the node's files, kernel, firmware and integrity (KC1xx) and the Docker host's files (DH08x-DH09x). */
export const nodeRules: readonly AnyRule[] = [
  dockerServiceFilePermissions, // DH080
  dockerSocketUnitPermissions, // DH081
  dockerConfigDirectoryPermissions, // DH082
  dockerRegistryCertificatePermissions, // DH083
  dockerTlsCaPermissions, // DH084
  dockerTlsCertificatePermissions, // DH085
  dockerTlsKeyPermissions, // DH086
  dockerSockPermissions, // DH087
  dockerDaemonJsonPermissions, // DH088
  dockerDefaultFilePermissions, // DH089
  dockerSysconfigFilePermissions, // DH090
  containerdSocketPermissions, // DH091
  dockerDataRootPartition, // DH092
  nodeKubeletServiceFilePermissions, // KC100
  nodeProxyKubeconfigPermissions, // KC101
  nodeKubeletKubeconfigPermissions, // KC102
  nodeKubeletClientCaPermissions, // KC103
  nodeKubeletConfigPermissions, // KC104
  nodePkiDirectoryPermissions, // KC105
  nodePkiCertificatePermissions, // KC106
  nodePkiKeyPermissions, // KC107
  nodeContainerdConfigPermissions, // KC108
  nodeKernelHardeningSysctls, // KC110
  nodeKernelDefaultsForKubelet, // KC111
  nodeIpForwardingWithoutRuntime, // KC112
  nodeNoMandatoryAccessControl, // KC113
  nodeSeccompUnavailable, // KC114
  nodeSecureBootDisabled, // KC115
  nodeNoTpm, // KC116
  nodeControlPlaneManifestPermissions, // KC120
  nodeControlPlaneKubeconfigPermissions, // KC121
  nodeIntegrityChanged, // KC140
];
