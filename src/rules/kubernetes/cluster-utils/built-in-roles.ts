import type { IndexedBinding, IndexedPolicyRule, IndexedRole } from '../../../core/index.js';

// The default ClusterRoles and ClusterRoleBindings every cluster creates at start-up (Kubernetes 1.30 bootstrap
// policy), reduced to what access analysis needs. A role or binding of the same name in the scanned input wins, so a
// `kubectl get -o json` snapshot is judged by what the cluster really holds.

const read = ['get', 'list', 'watch'];
const write = ['create', 'update', 'patch', 'delete', 'deletecollection'];
const rbacGroup = 'rbac.authorization.k8s.io';

interface RuleData {
  verbs: readonly string[];
  apiGroups?: readonly string[];
  resources?: readonly string[];
  nonResourceURLs?: readonly string[];
}

function rules(data: readonly RuleData[]): IndexedPolicyRule[] {
  return data.map((rule, index) => ({
    index,
    line: 0,
    verbs: rule.verbs,
    apiGroups: rule.apiGroups ?? [],
    resources: rule.resources ?? [],
    resourceNames: [],
    nonResourceURLs: rule.nonResourceURLs ?? [],
  }));
}

export const builtInFile = '';

function clusterRole(
  name: string,
  data: readonly RuleData[],
  labels: Record<string, string> = {},
  aggregateFrom?: string,
): IndexedRole {
  return {
    kind: 'ClusterRole',
    apiVersion: `${rbacGroup}/v1`,
    name,
    labels,
    file: builtInFile,
    line: 0,
    column: 0,
    rules: rules(data),
    ...(aggregateFrom === undefined
      ? {}
      : { aggregationSelectors: [{ matchLabels: { [aggregateFrom]: 'true' }, matchExpressions: [] }] }),
  };
}

const toAdmin = 'rbac.authorization.k8s.io/aggregate-to-admin';
const toEdit = 'rbac.authorization.k8s.io/aggregate-to-edit';
const toView = 'rbac.authorization.k8s.io/aggregate-to-view';

const viewRules: RuleData[] = [
  {
    verbs: read,
    apiGroups: [''],
    resources: [
      'pods',
      'replicationcontrollers',
      'replicationcontrollers/scale',
      'serviceaccounts',
      'services',
      'services/status',
      'endpoints',
      'persistentvolumeclaims',
      'persistentvolumeclaims/status',
      'configmaps',
      'limitranges',
      'resourcequotas',
      'bindings',
      'events',
      'pods/status',
      'resourcequotas/status',
      'namespaces/status',
      'replicationcontrollers/status',
      'pods/log',
      'namespaces',
    ],
  },
  { verbs: read, apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'] },
  {
    verbs: read,
    apiGroups: ['apps'],
    resources: [
      'controllerrevisions',
      'statefulsets',
      'statefulsets/status',
      'statefulsets/scale',
      'daemonsets',
      'daemonsets/status',
      'deployments',
      'deployments/status',
      'deployments/scale',
      'replicasets',
      'replicasets/status',
      'replicasets/scale',
    ],
  },
  {
    verbs: read,
    apiGroups: ['autoscaling'],
    resources: ['horizontalpodautoscalers', 'horizontalpodautoscalers/status'],
  },
  { verbs: read, apiGroups: ['batch'], resources: ['jobs', 'jobs/status', 'cronjobs', 'cronjobs/status'] },
  { verbs: read, apiGroups: ['policy'], resources: ['poddisruptionbudgets', 'poddisruptionbudgets/status'] },
  {
    verbs: read,
    apiGroups: ['networking.k8s.io'],
    resources: ['networkpolicies', 'ingresses', 'ingresses/status'],
  },
];

const editRules: RuleData[] = [
  {
    verbs: read,
    apiGroups: [''],
    resources: ['pods/attach', 'pods/proxy', 'pods/exec', 'pods/portforward', 'secrets', 'services/proxy'],
  },
  { verbs: ['impersonate'], apiGroups: [''], resources: ['serviceaccounts'] },
  {
    verbs: write,
    apiGroups: [''],
    resources: ['pods', 'pods/attach', 'pods/proxy', 'pods/exec', 'pods/portforward'],
  },
  { verbs: ['create'], apiGroups: [''], resources: ['pods/eviction'] },
  {
    verbs: write,
    apiGroups: [''],
    resources: [
      'replicationcontrollers',
      'replicationcontrollers/scale',
      'serviceaccounts',
      'services',
      'services/proxy',
      'persistentvolumeclaims',
      'configmaps',
      'secrets',
      'events',
    ],
  },
  { verbs: ['create'], apiGroups: [''], resources: ['serviceaccounts/token'] },
  {
    verbs: write,
    apiGroups: ['apps'],
    resources: [
      'statefulsets',
      'statefulsets/scale',
      'daemonsets',
      'deployments',
      'deployments/scale',
      'deployments/rollback',
      'replicasets',
      'replicasets/scale',
    ],
  },
  { verbs: write, apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'] },
  { verbs: write, apiGroups: ['batch'], resources: ['jobs', 'cronjobs'] },
  { verbs: write, apiGroups: ['policy'], resources: ['poddisruptionbudgets'] },
  { verbs: write, apiGroups: ['networking.k8s.io'], resources: ['networkpolicies', 'ingresses'] },
];

const adminRules: RuleData[] = [
  { verbs: ['create'], apiGroups: ['authorization.k8s.io'], resources: ['localsubjectaccessreviews'] },
  { verbs: [...read, ...write], apiGroups: [rbacGroup], resources: ['roles', 'rolebindings'] },
];

const discoveryUrls = ['/livez', '/readyz', '/healthz', '/version', '/version/'];

export const builtInClusterRoles: readonly IndexedRole[] = [
  clusterRole('cluster-admin', [
    { verbs: ['*'], apiGroups: ['*'], resources: ['*'] },
    { verbs: ['*'], nonResourceURLs: ['*'] },
  ]),
  clusterRole('admin', [], {}, toAdmin),
  clusterRole('edit', [], { [toAdmin]: 'true' }, toEdit),
  clusterRole('view', [], { [toEdit]: 'true' }, toView),
  clusterRole('system:aggregate-to-admin', adminRules, { [toAdmin]: 'true' }),
  clusterRole('system:aggregate-to-edit', editRules, { [toEdit]: 'true' }),
  clusterRole('system:aggregate-to-view', viewRules, { [toView]: 'true' }),
  clusterRole('system:basic-user', [
    {
      verbs: ['create'],
      apiGroups: ['authorization.k8s.io'],
      resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'],
    },
    { verbs: ['create'], apiGroups: ['authentication.k8s.io'], resources: ['selfsubjectreviews'] },
  ]),
  clusterRole('system:discovery', [
    {
      verbs: ['get'],
      nonResourceURLs: [...discoveryUrls, '/api', '/api/*', '/apis', '/apis/*', '/openapi', '/openapi/*'],
    },
  ]),
  clusterRole('system:public-info-viewer', [{ verbs: ['get'], nonResourceURLs: discoveryUrls }]),
];

function clusterBinding(name: string, groups: readonly string[]): IndexedBinding {
  return {
    kind: 'ClusterRoleBinding',
    apiVersion: `${rbacGroup}/v1`,
    name,
    labels: {},
    file: builtInFile,
    line: 0,
    column: 0,
    roleRef: { kind: 'ClusterRole', name },
    subjects: groups.map((group, index) => ({ kind: 'Group', name: group, index })),
  };
}

export const builtInClusterRoleBindings: readonly IndexedBinding[] = [
  clusterBinding('cluster-admin', ['system:masters']),
  clusterBinding('system:basic-user', ['system:authenticated']),
  clusterBinding('system:discovery', ['system:authenticated']),
  clusterBinding('system:public-info-viewer', ['system:authenticated', 'system:unauthenticated']),
];

/** Every `system:` ClusterRole exists in a cluster; the ones not listed above are known but not modelled. */
export function isSystemClusterRoleName(name: string): boolean {
  return name.startsWith('system:');
}

export function isBuiltIn(entry: { file: string }): boolean {
  return entry.file === builtInFile;
}
