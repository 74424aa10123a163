// What Bulwark knows of the built-in API without a cluster to ask: which resources are cluster-scoped (a RoleBinding
// cannot grant them) and which API group serves a resource named without one. Custom resources are unknown: they are
// treated as namespaced, and a query must name their group.

const clusterScoped: Readonly<Record<string, readonly string[]>> = {
  '': ['componentstatuses', 'groups', 'namespaces', 'nodes', 'persistentvolumes', 'users'],
  'admissionregistration.k8s.io': [
    'mutatingadmissionpolicies',
    'mutatingadmissionpolicybindings',
    'mutatingwebhookconfigurations',
    'validatingadmissionpolicies',
    'validatingadmissionpolicybindings',
    'validatingwebhookconfigurations',
  ],
  'apiextensions.k8s.io': ['customresourcedefinitions'],
  'apiregistration.k8s.io': ['apiservices'],
  'authentication.k8s.io': ['selfsubjectreviews', 'tokenreviews', 'uids', 'userextras'],
  'authorization.k8s.io': ['selfsubjectaccessreviews', 'selfsubjectrulesreviews', 'subjectaccessreviews'],
  'certificates.k8s.io': ['certificatesigningrequests', 'clustertrustbundles', 'signers'],
  'flowcontrol.apiserver.k8s.io': ['flowschemas', 'prioritylevelconfigurations'],
  'networking.k8s.io': ['ingressclasses', 'ipaddresses', 'servicecidrs'],
  'node.k8s.io': ['runtimeclasses'],
  policy: ['podsecuritypolicies'],
  'rbac.authorization.k8s.io': ['clusterrolebindings', 'clusterroles'],
  'scheduling.k8s.io': ['priorityclasses'],
  'storage.k8s.io': ['csidrivers', 'csinodes', 'storageclasses', 'volumeattachments'],
};

/** Whether a resource (without its subresource) is cluster-scoped; `group` undefined means "in any group". */
export function isClusterScoped(group: string | undefined, resource: string): boolean {
  if (group !== undefined) return clusterScoped[group]?.includes(resource) === true;
  return Object.values(clusterScoped).some((resources) => resources.includes(resource));
}

const groupOfResource: Readonly<Record<string, string>> = {
  bindings: '',
  configmaps: '',
  endpoints: '',
  events: '',
  limitranges: '',
  namespaces: '',
  nodes: '',
  persistentvolumeclaims: '',
  persistentvolumes: '',
  pods: '',
  replicationcontrollers: '',
  resourcequotas: '',
  secrets: '',
  serviceaccounts: '',
  services: '',
  users: '',
  groups: '',
  controllerrevisions: 'apps',
  daemonsets: 'apps',
  deployments: 'apps',
  replicasets: 'apps',
  statefulsets: 'apps',
  horizontalpodautoscalers: 'autoscaling',
  cronjobs: 'batch',
  jobs: 'batch',
  certificatesigningrequests: 'certificates.k8s.io',
  signers: 'certificates.k8s.io',
  leases: 'coordination.k8s.io',
  endpointslices: 'discovery.k8s.io',
  ingressclasses: 'networking.k8s.io',
  ingresses: 'networking.k8s.io',
  networkpolicies: 'networking.k8s.io',
  poddisruptionbudgets: 'policy',
  clusterrolebindings: 'rbac.authorization.k8s.io',
  clusterroles: 'rbac.authorization.k8s.io',
  rolebindings: 'rbac.authorization.k8s.io',
  roles: 'rbac.authorization.k8s.io',
  mutatingwebhookconfigurations: 'admissionregistration.k8s.io',
  validatingwebhookconfigurations: 'admissionregistration.k8s.io',
  customresourcedefinitions: 'apiextensions.k8s.io',
  priorityclasses: 'scheduling.k8s.io',
  storageclasses: 'storage.k8s.io',
  tokenreviews: 'authentication.k8s.io',
  subjectaccessreviews: 'authorization.k8s.io',
};

/** The API group that serves a built-in resource; undefined for resources Bulwark does not know. */
export function defaultGroupOf(resource: string): string | undefined {
  return groupOfResource[resource];
}
