import type {
  ClusterIndex,
  FieldPath,
  IndexedBinding,
  IndexedConfigMap,
  IndexedContainerPort,
  IndexedObject,
  IndexedRole,
  IndexedServiceAccount,
  IndexedSpecObject,
  IndexedWorkload,
  PlainData,
  Resource,
} from '../../../core/index.js';
import { compareIndexed, formatPath } from '../../../core/index.js';
import type { KubernetesObject, PodSpecView } from '../../../sources/index.js';
import { BindingObject, ConfigMapObject, RoleObject, ServiceAccountObject } from './schema.js';

export interface IndexPosition {
  line: number;
  column: number;
}

/** One parsed Kubernetes object, with a way to find where its fields start. */
export interface IndexSource {
  resource: Resource<KubernetesObject>;
  /** Start of a field, or of its deepest existing ancestor when it is omitted. */
  positionOf(path: FieldPath): IndexPosition;
  /** The pod-spec view, for objects that run pods. */
  pod?: PodSpecView;
}

export interface IndexError {
  line: number;
  column: number;
  message: string;
}

type Part = keyof ClusterIndex;

const calicoGroups = ['projectcalico.org', 'crd.projectcalico.org'];

/** Which list an object belongs to, by kind and API group; undefined for objects no cross-object rule needs. */
export function indexPartOf(kind: string, apiVersion: string): Part | undefined {
  const slash = apiVersion.lastIndexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  if (group === 'rbac.authorization.k8s.io') {
    if (kind === 'Role' || kind === 'ClusterRole') return 'roles';
    if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding') return 'bindings';
    return undefined;
  }
  if (group === '') {
    if (kind === 'ServiceAccount') return 'serviceAccounts';
    if (kind === 'Namespace') return 'namespaces';
    if (kind === 'Service') return 'services';
    if (kind === 'ConfigMap') return 'configMaps';
    return undefined;
  }
  if (group === 'networking.k8s.io' || group === 'extensions') {
    if (kind === 'Ingress') return 'ingresses';
    if (kind === 'NetworkPolicy') return 'networkPolicies';
    return undefined;
  }
  if (group === 'cilium.io' && (kind === 'CiliumNetworkPolicy' || kind === 'CiliumClusterwideNetworkPolicy'))
    return 'networkPolicies';
  if (calicoGroups.includes(group) && (kind === 'NetworkPolicy' || kind === 'GlobalNetworkPolicy'))
    return 'networkPolicies';
  return undefined;
}

const clusterScopedKinds = new Set([
  'ClusterRole',
  'ClusterRoleBinding',
  'Namespace',
  'CiliumClusterwideNetworkPolicy',
  'GlobalNetworkPolicy',
]);

/** ConfigMaps are many and mostly irrelevant; only these names are indexed. */
const indexedConfigMapNames = new Set(['aws-auth']);

function baseOf(source: IndexSource): IndexedObject {
  const { resource } = source;
  const start = source.positionOf([]);
  const labels = resource.doc.metadata?.labels ?? {};
  return {
    kind: resource.kind,
    apiVersion: resource.apiVersion ?? '',
    name: resource.name,
    ...(resource.namespace === undefined || clusterScopedKinds.has(resource.kind)
      ? {}
      : { namespace: resource.namespace }),
    labels: { ...labels },
    file: resource.source.file ?? '',
    line: start.line,
    column: start.column,
  };
}

function issuesToErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  source: IndexSource,
): IndexError[] {
  return issues.slice(0, 5).map((issue) => {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    const at = source.positionOf(path);
    return {
      line: at.line,
      column: at.column,
      message: `invalid ${source.resource.kind}: ${formatPath(path) || '(root)'}: ${issue.message}`,
    };
  });
}

function toPlainData(value: unknown): PlainData {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(toPlainData);
  if (typeof value === 'object') {
    const out: Record<string, PlainData> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = toPlainData(item);
    return out;
  }
  return null;
}

type Collected<T> = { entry: T } | { errors: IndexError[] };

function roleOf(source: IndexSource, base: IndexedObject): Collected<IndexedRole> {
  const parsed = RoleObject.safeParse(source.resource.doc);
  if (!parsed.success) return { errors: issuesToErrors(parsed.error.issues, source) };
  const rules = parsed.data.rules.map((rule, index) => ({
    index,
    line: source.positionOf(['rules', index]).line,
    verbs: rule.verbs,
    apiGroups: rule.apiGroups,
    resources: rule.resources,
    resourceNames: rule.resourceNames,
    nonResourceURLs: rule.nonResourceURLs,
  }));
  const kind = base.kind === 'ClusterRole' ? 'ClusterRole' : 'Role';
  const aggregation = kind === 'ClusterRole' ? parsed.data.aggregationRule : undefined;
  const aggregationSelectors = aggregation ? (aggregation.clusterRoleSelectors ?? []) : undefined;
  return {
    entry: { ...base, kind, rules, ...(aggregationSelectors === undefined ? {} : { aggregationSelectors }) },
  };
}

function bindingOf(source: IndexSource, base: IndexedObject): Collected<IndexedBinding> {
  const parsed = BindingObject.safeParse(source.resource.doc);
  if (!parsed.success) return { errors: issuesToErrors(parsed.error.issues, source) };
  const { roleRef, subjects } = parsed.data;
  return {
    entry: {
      ...base,
      kind: base.kind === 'ClusterRoleBinding' ? 'ClusterRoleBinding' : 'RoleBinding',
      roleRef: { kind: roleRef.kind, name: roleRef.name },
      subjects: subjects.map((subject, index) => ({
        kind: subject.kind,
        name: subject.name,
        ...(subject.namespace ? { namespace: subject.namespace } : {}),
        index,
      })),
    },
  };
}

function serviceAccountOf(source: IndexSource, base: IndexedObject): Collected<IndexedServiceAccount> {
  const parsed = ServiceAccountObject.safeParse(source.resource.doc);
  if (!parsed.success) return { errors: issuesToErrors(parsed.error.issues, source) };
  const automount = parsed.data.automountServiceAccountToken;
  return {
    entry: {
      ...base,
      ...(typeof automount === 'boolean' ? { automountServiceAccountToken: automount } : {}),
      annotations: { ...(source.resource.doc.metadata?.annotations ?? {}) },
    },
  };
}

function configMapOf(source: IndexSource, base: IndexedObject): Collected<IndexedConfigMap> {
  const parsed = ConfigMapObject.safeParse(source.resource.doc);
  if (!parsed.success) return { errors: issuesToErrors(parsed.error.issues, source) };
  return { entry: { ...base, data: parsed.data.data } };
}

function specObjectOf(source: IndexSource, base: IndexedObject): IndexedSpecObject {
  const spec = source.resource.doc['spec'];
  const specs = source.resource.doc['specs'];
  const annotations = source.resource.doc.metadata?.annotations;
  return {
    ...base,
    spec: spec === undefined ? null : toPlainData(spec),
    ...(specs === undefined ? {} : { specs: toPlainData(specs) }),
    ...(annotations === undefined || annotations === null ? {} : { annotations: { ...annotations } }),
  };
}

function workloadOf(pod: PodSpecView, base: IndexedObject): IndexedWorkload {
  const { spec } = pod;
  const ports: IndexedContainerPort[] = [];
  for (const view of pod.containers) {
    for (const port of view.container.ports ?? []) {
      ports.push({
        container: view.name,
        ...(port.containerPort === undefined ? {} : { containerPort: port.containerPort }),
        ...(port.name ? { name: port.name } : {}),
        protocol: port.protocol ?? 'TCP',
        ...(typeof port.hostPort === 'number' ? { hostPort: port.hostPort } : {}),
      });
    }
  }
  const account = spec.serviceAccountName || spec.serviceAccount || undefined;
  const automount = spec.automountServiceAccountToken;
  return {
    ...base,
    podLabels: { ...(pod.podMetadata.labels ?? {}) },
    ...(account === undefined ? {} : { serviceAccountName: account }),
    ...(typeof automount === 'boolean' ? { automountServiceAccountToken: automount } : {}),
    hostNetwork: spec.hostNetwork === true,
    ports,
  };
}

interface MutableIndex {
  roles: IndexedRole[];
  bindings: IndexedBinding[];
  serviceAccounts: IndexedServiceAccount[];
  workloads: IndexedWorkload[];
  namespaces: IndexedObject[];
  services: IndexedSpecObject[];
  ingresses: IndexedSpecObject[];
  networkPolicies: IndexedSpecObject[];
  configMaps: IndexedConfigMap[];
}

export interface ClusterIndexCollector {
  /** Indexes the object when a cross-object rule needs it; returns input errors (with lines) for malformed ones. */
  add(source: IndexSource): IndexError[];
  /** The index so far, each list sorted by file, line and column. */
  build(): ClusterIndex;
}

function collectInto<T>(list: T[], collected: Collected<T>): IndexError[] {
  if ('errors' in collected) return collected.errors;
  list.push(collected.entry);
  return [];
}

export function createClusterIndexCollector(parts?: readonly Part[]): ClusterIndexCollector {
  const index: MutableIndex = {
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
  const wanted = (part: Part) => parts === undefined || parts.includes(part);
  return {
    add(source) {
      const { resource } = source;
      if (source.pod !== undefined) {
        if (wanted('workloads')) index.workloads.push(workloadOf(source.pod, baseOf(source)));
        return [];
      }
      const part = indexPartOf(resource.kind, resource.apiVersion ?? '');
      if (part === undefined || !wanted(part)) return [];
      if (part === 'configMaps' && !indexedConfigMapNames.has(resource.name)) return [];
      const base = baseOf(source);
      switch (part) {
        case 'roles':
          return collectInto(index.roles, roleOf(source, base));
        case 'bindings':
          return collectInto(index.bindings, bindingOf(source, base));
        case 'serviceAccounts':
          return collectInto(index.serviceAccounts, serviceAccountOf(source, base));
        case 'configMaps':
          return collectInto(index.configMaps, configMapOf(source, base));
        case 'namespaces':
          index.namespaces.push(base);
          return [];
        case 'services':
        case 'ingresses':
        case 'networkPolicies':
          index[part].push(specObjectOf(source, base));
          return [];
        case 'workloads':
          return [];
      }
    },
    build() {
      return mergeClusterIndexes([index]);
    },
  };
}

function sorted<T extends IndexedObject>(lists: readonly (readonly T[])[]): T[] {
  return lists.flat().sort(compareIndexed);
}

/** One index from several (the threads of a scan each index their own files), in a deterministic order. */
export function mergeClusterIndexes(indexes: readonly ClusterIndex[]): ClusterIndex {
  return {
    roles: sorted(indexes.map((index) => index.roles)),
    bindings: sorted(indexes.map((index) => index.bindings)),
    serviceAccounts: sorted(indexes.map((index) => index.serviceAccounts)),
    workloads: sorted(indexes.map((index) => index.workloads)),
    namespaces: sorted(indexes.map((index) => index.namespaces)),
    services: sorted(indexes.map((index) => index.services)),
    ingresses: sorted(indexes.map((index) => index.ingresses)),
    networkPolicies: sorted(indexes.map((index) => index.networkPolicies)),
    configMaps: sorted(indexes.map((index) => index.configMaps)),
  };
}
