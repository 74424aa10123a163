import type { AnyRule } from '../../define-rule.js';
import { rbacAnonymousBinding } from './rbac-anonymous-binding.js';
import { rbacBindVerb } from './rbac-bind-verb.js';
import { rbacClusterAdminBinding } from './rbac-cluster-admin-binding.js';
import { rbacCsrApproval } from './rbac-csr-approval.js';
import { rbacDefaultServiceAccountBound } from './rbac-default-service-account-bound.js';
import { rbacEphemeralContainers } from './rbac-ephemeral-containers.js';
import { rbacEscalateVerb } from './rbac-escalate-verb.js';
import { rbacImpersonate } from './rbac-impersonate.js';
import { rbacNodeProxy } from './rbac-node-proxy.js';
import { rbacPersistentVolumeCreate } from './rbac-persistent-volume-create.js';
import { rbacPodAttach } from './rbac-pod-attach.js';
import { rbacPodExec } from './rbac-pod-exec.js';
import { rbacRoleNotFound } from './rbac-role-not-found.js';
import { rbacSecretsRead } from './rbac-secrets-read.js';
import { rbacServiceAccountNotFound } from './rbac-service-account-not-found.js';
import { rbacServiceAccountTokenCreate } from './rbac-service-account-token-create.js';
import { rbacWebhookConfigurationWrite } from './rbac-webhook-configuration-write.js';
import { rbacWildcardRule } from './rbac-wildcard-rule.js';
import { rbacWorkloadCreate } from './rbac-workload-create.js';

/** RBAC rules, by id. Binding rules are cluster-judged: they see every role, account and workload of the input. */
export const rbacRules: readonly AnyRule[] = [
  rbacClusterAdminBinding,
  rbacSecretsRead,
  rbacWorkloadCreate,
  rbacPodExec,
  rbacPodAttach,
  rbacEphemeralContainers,
  rbacBindVerb,
  rbacEscalateVerb,
  rbacImpersonate,
  rbacServiceAccountTokenCreate,
  rbacNodeProxy,
  rbacCsrApproval,
  rbacWebhookConfigurationWrite,
  rbacPersistentVolumeCreate,
  rbacDefaultServiceAccountBound,
  rbacAnonymousBinding,
  rbacRoleNotFound,
  rbacServiceAccountNotFound,
  rbacWildcardRule,
];
