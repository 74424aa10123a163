/**
 * The kinds a cluster audit lists: every kind some rule judges or the cluster index reads (rules/**: appliesTo,
 * core/cluster.ts). Secrets are left out on purpose: the audit never reads Secret values.
 */
export interface ListedKind {
  kind: string;
  apiVersion: string;
  /** The resource name in the API path. */
  plural: string;
  namespaced: boolean;
  /** A custom resource: absent from clusters that do not run its project, which is no gap. */
  optional: boolean;
}

function kind(
  kindName: string,
  apiVersion: string,
  plural: string,
  namespaced: boolean,
  optional = false,
): ListedKind {
  return { kind: kindName, apiVersion, plural, namespaced, optional };
}

export const listedKinds: readonly ListedKind[] = [
  kind('Namespace', 'v1', 'namespaces', false),
  kind('Pod', 'v1', 'pods', true),
  kind('PodTemplate', 'v1', 'podtemplates', true),
  kind('ReplicationController', 'v1', 'replicationcontrollers', true),
  kind('Service', 'v1', 'services', true),
  kind('ServiceAccount', 'v1', 'serviceaccounts', true),
  kind('ConfigMap', 'v1', 'configmaps', true),
  kind('Deployment', 'apps/v1', 'deployments', true),
  kind('StatefulSet', 'apps/v1', 'statefulsets', true),
  kind('DaemonSet', 'apps/v1', 'daemonsets', true),
  kind('ReplicaSet', 'apps/v1', 'replicasets', true),
  kind('Job', 'batch/v1', 'jobs', true),
  kind('CronJob', 'batch/v1', 'cronjobs', true),
  kind('Ingress', 'networking.k8s.io/v1', 'ingresses', true),
  kind('NetworkPolicy', 'networking.k8s.io/v1', 'networkpolicies', true),
  kind('Role', 'rbac.authorization.k8s.io/v1', 'roles', true),
  kind('ClusterRole', 'rbac.authorization.k8s.io/v1', 'clusterroles', false),
  kind('RoleBinding', 'rbac.authorization.k8s.io/v1', 'rolebindings', true),
  kind('ClusterRoleBinding', 'rbac.authorization.k8s.io/v1', 'clusterrolebindings', false),
  kind('CiliumNetworkPolicy', 'cilium.io/v2', 'ciliumnetworkpolicies', true, true),
  kind('CiliumClusterwideNetworkPolicy', 'cilium.io/v2', 'ciliumclusterwidenetworkpolicies', false, true),
  kind('NetworkPolicy', 'crd.projectcalico.org/v1', 'networkpolicies', true, true),
  kind('GlobalNetworkPolicy', 'crd.projectcalico.org/v1', 'globalnetworkpolicies', false, true),
];

/** `/api/v1/pods`, `/apis/apps/v1/namespaces/shop/deployments`: where one kind is listed. */
export function listPath(listed: ListedKind, namespace: string | undefined): string {
  const base = listed.apiVersion.includes('/') ? `/apis/${listed.apiVersion}` : `/api/${listed.apiVersion}`;
  const scope =
    listed.namespaced && namespace !== undefined ? `/namespaces/${encodeURIComponent(namespace)}` : '';
  return `${base}${scope}/${listed.plural}`;
}

export function kindKey(kindName: string, apiVersion: string): string {
  return `${kindName} ${apiVersion}`;
}
