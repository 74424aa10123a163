import type { AnyRule } from '../../../define-rule.js';
import { containerRuntimeSocketMount } from './container-runtime-socket-mount.js';
import { defaultNamespace } from './default-namespace.js';
import { defaultServiceAccount } from './default-service-account.js';
import { imageLatestTag } from './image-latest-tag.js';
import { imageNotPinnedByDigest } from './image-not-pinned-by-digest.js';
import { imagePullPolicyNotAlways } from './image-pull-policy-not-always.js';
import { literalSecretInEnv } from './literal-secret-in-env.js';
import { missingCpuLimit } from './missing-cpu-limit.js';
import { missingCpuRequest } from './missing-cpu-request.js';
import { missingLivenessProbe } from './missing-liveness-probe.js';
import { missingMemoryLimit } from './missing-memory-limit.js';
import { missingMemoryRequest } from './missing-memory-request.js';
import { missingReadinessProbe } from './missing-readiness-probe.js';
import { secretDataInManifest } from './secret-data-in-manifest.js';
import { sensitiveHostPath } from './sensitive-host-path.js';
import { serviceAccountTokenAutomount } from './service-account-token-automount.js';
import { sharedProcessNamespace } from './shared-process-namespace.js';
import { untrustedImageRegistry } from './untrusted-image-registry.js';
import { writableRootFilesystem } from './writable-root-filesystem.js';

/** Workload best practice beyond Pod Security. Keep sorted by rule id. */
export const hardeningRules: readonly AnyRule[] = [
  writableRootFilesystem, // KW020
  missingCpuLimit, // KW021
  missingMemoryLimit, // KW022
  missingCpuRequest, // KW023
  missingMemoryRequest, // KW024
  imageLatestTag, // KW025
  imageNotPinnedByDigest, // KW026
  imagePullPolicyNotAlways, // KW027
  missingLivenessProbe, // KW028
  missingReadinessProbe, // KW029
  serviceAccountTokenAutomount, // KW030
  defaultNamespace, // KW031
  defaultServiceAccount, // KW032
  containerRuntimeSocketMount, // KW033
  sensitiveHostPath, // KW034
  sharedProcessNamespace, // KW035
  untrustedImageRegistry, // KW036
  literalSecretInEnv, // KW037
  secretDataInManifest, // KW038
];
