/**
 * Everything the scan saw that cross-object rules need, as plain data (it crosses to worker threads by structured
 * clone). Each entry says where its object starts, so a finding can name the file and line of the other end.
 */

/** Plain data as read from YAML or JSON: what a raw `spec` holds until a rule's own schema reads it. */
export type PlainData =
  null | boolean | number | string | readonly PlainData[] | { readonly [key: string]: PlainData };

export interface IndexedObject {
  kind: string;
  apiVersion: string;
  name: string;
  /** As written; a namespaced object that names none lands in `default` (see `namespaceOf`). */
  namespace?: string;
  labels: Readonly<Record<string, string>>;
  file: string;
  /** Line and column where the object starts (its first key). */
  line: number;
  column: number;
}

export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values: readonly string[];
}

/** A Kubernetes label selector; both parts empty selects everything. */
export interface LabelSelector {
  matchLabels: Readonly<Record<string, string>>;
  matchExpressions: readonly LabelSelectorRequirement[];
}

export interface IndexedPolicyRule {
  /** Position in the role's `rules` and the line it starts on. */
  index: number;
  line: number;
  verbs: readonly string[];
  apiGroups: readonly string[];
  resources: readonly string[];
  resourceNames: readonly string[];
  nonResourceURLs: readonly string[];
}

export interface IndexedRole extends IndexedObject {
  kind: 'Role' | 'ClusterRole';
  rules: readonly IndexedPolicyRule[];
  /** ClusterRoles with an `aggregationRule`: its `clusterRoleSelectors`; the controller replaces `rules` with theirs. */
  aggregationSelectors?: readonly LabelSelector[];
}

export interface IndexedSubject {
  kind: string;
  name: string;
  namespace?: string;
  /** Position in the binding's `subjects`. */
  index: number;
}

export interface IndexedRoleRef {
  kind: string;
  name: string;
}

export interface IndexedBinding extends IndexedObject {
  kind: 'RoleBinding' | 'ClusterRoleBinding';
  roleRef: IndexedRoleRef;
  subjects: readonly IndexedSubject[];
}

export interface IndexedServiceAccount extends IndexedObject {
  automountServiceAccountToken?: boolean;
  annotations: Readonly<Record<string, string>>;
}

export interface IndexedContainerPort {
  container: string;
  containerPort?: number | string;
  name?: string;
  protocol: string;
  hostPort?: number;
}

/** A pod or a controller's pod template: what selectors, policies and service-account analyses need. */
export interface IndexedWorkload extends IndexedObject {
  /** Labels of the pods it runs (the template's), which Service and NetworkPolicy selectors match. */
  podLabels: Readonly<Record<string, string>>;
  /** As written (`serviceAccountName`, else the deprecated `serviceAccount`); undefined means `default`. */
  serviceAccountName?: string;
  /** The pod's own `automountServiceAccountToken`; undefined defers to its ServiceAccount. */
  automountServiceAccountToken?: boolean;
  hostNetwork: boolean;
  ports: readonly IndexedContainerPort[];
}

/** Services, Ingresses and network policies keep their `spec` as written; their rules read it with a schema. */
export interface IndexedSpecObject extends IndexedObject {
  spec: PlainData;
  /** CiliumNetworkPolicy's list of rules, written next to or instead of `spec`. */
  specs?: PlainData;
  /** Annotations say, for instance, whether a Service's load balancer is internal. */
  annotations?: Readonly<Record<string, string>>;
}

export interface IndexedConfigMap extends IndexedObject {
  data: Readonly<Record<string, string>>;
}

export interface ClusterIndex {
  /** Roles and ClusterRoles. */
  roles: readonly IndexedRole[];
  /** RoleBindings and ClusterRoleBindings. */
  bindings: readonly IndexedBinding[];
  serviceAccounts: readonly IndexedServiceAccount[];
  workloads: readonly IndexedWorkload[];
  namespaces: readonly IndexedObject[];
  services: readonly IndexedSpecObject[];
  ingresses: readonly IndexedSpecObject[];
  /** NetworkPolicy, CiliumNetworkPolicy, CiliumClusterwideNetworkPolicy, Calico NetworkPolicy and GlobalNetworkPolicy. */
  networkPolicies: readonly IndexedSpecObject[];
  /** Only the ones cluster analyses read (`kube-system/aws-auth`). */
  configMaps: readonly IndexedConfigMap[];
}

export type ClusterIndexPart = keyof ClusterIndex;

export const clusterIndexParts = [
  'roles',
  'bindings',
  'serviceAccounts',
  'workloads',
  'namespaces',
  'services',
  'ingresses',
  'networkPolicies',
  'configMaps',
] as const satisfies readonly ClusterIndexPart[];

/**
 * Kinds whose objects the cross-object rules (those of the `clusterRuleDomains`) judge after every file has been
 * indexed, with the whole index. Every other rule, and every rule on other kinds, judges objects while the files are
 * read and sees only the `earlyIndexParts` (the other lists are empty), so that no file is parsed twice.
 *
 * Cost: the engine keeps these objects without their syntax tree and parses their document again only when a
 * cross-object rule reports something on them (to find the line). A kind whose objects are many and usually get
 * such a finding (pods, when a rule on every unprotected pod fires) costs close to a second parse of those objects;
 * prefer judging the object that carries the reference (the binding, the policy) or moving what the rule needs
 * into the `earlyIndexParts`.
 */
export const clusterJudgedKinds = [
  'RoleBinding',
  'ClusterRoleBinding',
  // Network rules: coverage, reachability and exposure read policies, Services and pods of other files.
  'Namespace',
  'Service',
  'NetworkPolicy',
  'CiliumNetworkPolicy',
  'CiliumClusterwideNetworkPolicy',
  'GlobalNetworkPolicy',
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
  // Workload rules that read the object's ServiceAccount (KW030) judge pod templates too.
  'PodTemplate',
] as const;

/**
 * Parts gathered by a cheap pre-pass before anything is judged, so every rule can rely on them. None at present:
 * a rule that needs another object's facts is a cross-object rule and judges with the whole index.
 */
export const earlyIndexParts = [] as const satisfies readonly ClusterIndexPart[];

export function isClusterJudgedKind(kind: string): boolean {
  return (clusterJudgedKinds as readonly string[]).includes(kind);
}

/** The rules that judge the `clusterJudgedKinds` with the whole index: RBAC and network analyses (and `crossObject`). */
export const clusterRuleDomains = ['kubernetes-rbac', 'kubernetes-network'] as const;

export function isClusterRule(rule: { domain: string; crossObject?: boolean }): boolean {
  return rule.crossObject === true || (clusterRuleDomains as readonly string[]).includes(rule.domain);
}

export function emptyClusterIndex(): ClusterIndex {
  return {
    roles: [],
    bindings: [],
    serviceAccounts: [],
    workloads: [],
    namespaces: [],
    services: [],
    ingresses: [],
    networkPolicies: [],
    configMaps: [],
  };
}

/** The namespace a namespaced object lives in: the one it names, else `default`. */
export function namespaceOf(entry: Pick<IndexedObject, 'namespace'>): string {
  return entry.namespace === undefined || entry.namespace === '' ? 'default' : entry.namespace;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Index order: file, line, column; so lookups that find two objects of one name pick the same one every run. */
export function compareIndexed(a: IndexedObject, b: IndexedObject): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column;
}
