import type { FieldPath, Resource } from '../../core/index.js';
import type { ParseError } from '../shared/parse-result.js';
import { issuesToErrors } from '../shared/zod-errors.js';
import type { KubernetesUnit } from './objects.js';
import type { Container, KubernetesObject, ObjectMeta } from './schema.js';
import { ObjectMeta as ObjectMetaSchema, PodSpec } from './schema.js';

export const workloadKinds = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
  'PodTemplate',
] as const;
export type WorkloadKind = (typeof workloadKinds)[number];

export const containerGroups = ['initContainers', 'containers', 'ephemeralContainers'] as const;
export type ContainerGroup = (typeof containerGroups)[number];

const podPaths: Record<WorkloadKind, { spec: FieldPath; metadata: FieldPath }> = {
  Pod: { spec: ['spec'], metadata: ['metadata'] },
  Deployment: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  StatefulSet: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  DaemonSet: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  ReplicaSet: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  ReplicationController: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  Job: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  CronJob: {
    spec: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    metadata: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
  },
  PodTemplate: { spec: ['template', 'spec'], metadata: ['template', 'metadata'] },
};

export interface ContainerView {
  container: Container;
  group: ContainerGroup;
  index: number;
  /** Full path from the object root: `spec.template.spec.containers[0]`. */
  path: FieldPath;
  name: string;
}

/**
 * One view over every kind that carries a pod template, so a rule is written once for Pod, Deployment, CronJob, …
 * All paths are from the object root, ready for findings.
 */
export interface PodSpecView {
  resource: Resource<KubernetesObject>;
  kind: WorkloadKind;
  spec: PodSpec;
  specPath: FieldPath;
  /** The pod's own metadata (annotations such as AppArmor live here), merged view for the template. */
  podMetadata: ObjectMeta;
  podMetadataPath: FieldPath;
  /** Metadata of the object itself (for a Pod, the same as podMetadata). */
  objectMetadata: ObjectMeta;
  containers: readonly ContainerView[];
}

export function isWorkloadKind(kind: string): kind is WorkloadKind {
  return (workloadKinds as readonly string[]).includes(kind);
}

/**
 * The API groups that serve each workload kind, current and retired versions alike (`extensions/v1beta1`
 * Deployment, `batch/v1beta1` CronJob, …). A custom resource that reuses a kind name in its own group
 * (`example.com/v1` Deployment) has no pod template Kubernetes would run, so it gets no pod-spec view.
 */
const workloadGroups: Record<WorkloadKind, readonly string[]> = {
  Pod: [''],
  ReplicationController: [''],
  PodTemplate: [''],
  Deployment: ['apps', 'extensions'],
  StatefulSet: ['apps', 'extensions'],
  DaemonSet: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  Job: ['batch'],
  CronJob: ['batch'],
};

const apiVersionPattern = /^(?:(?<group>[^/]+)\/)?(?<version>v\d+(?:(?:alpha|beta)\d+)?)$/;

/** Whether `apiVersion` names an API group and version that serves this workload kind (`v1` is the core group). */
export function isWorkloadApiVersion(kind: WorkloadKind, apiVersion: string | undefined): boolean {
  const groups = apiVersionPattern.exec(apiVersion?.trim() ?? '')?.groups;
  if (groups === undefined) return false;
  return workloadGroups[kind].includes(groups['group'] ?? '');
}

function valueAt(root: unknown, path: FieldPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

export interface PodSpecViewResult {
  view?: PodSpecView;
  errors: ParseError[];
}

/** Builds the pod-spec view of a workload object; a pod spec with wrong field types is an input error. */
export function toPodSpecView(unit: KubernetesUnit): PodSpecViewResult {
  const kind = unit.resource.kind;
  if (!isWorkloadKind(kind) || !isWorkloadApiVersion(kind, unit.resource.apiVersion)) return { errors: [] };
  const paths = podPaths[kind];
  const rawSpec = valueAt(unit.resource.doc, paths.spec) ?? {};
  const parsedSpec = PodSpec.safeParse(rawSpec);
  if (!parsedSpec.success) {
    const issues = parsedSpec.error.issues.map((issue) => ({
      ...issue,
      path: [...paths.spec, ...issue.path],
    }));
    return { errors: issuesToErrors(issues, unit.locate, `${kind} pod spec`) };
  }
  const rawMetadata = valueAt(unit.resource.doc, paths.metadata) ?? {};
  const parsedMetadata = ObjectMetaSchema.safeParse(rawMetadata);
  if (!parsedMetadata.success) {
    const issues = parsedMetadata.error.issues.map((issue) => ({
      ...issue,
      path: [...paths.metadata, ...issue.path],
    }));
    return { errors: issuesToErrors(issues, unit.locate, `${kind} pod metadata`) };
  }
  const spec = parsedSpec.data;
  const containers: ContainerView[] = [];
  for (const group of containerGroups) {
    for (const [index, container] of (spec[group] ?? []).entries()) {
      containers.push({
        container,
        group,
        index,
        path: [...paths.spec, group, index],
        name: container.name ?? `${group}[${index}]`,
      });
    }
  }
  const view: PodSpecView = {
    resource: unit.resource,
    kind,
    spec,
    specPath: paths.spec,
    podMetadata: parsedMetadata.data,
    podMetadataPath: paths.metadata,
    objectMetadata: unit.resource.doc.metadata ?? {},
    containers,
  };
  return { view, errors: [] };
}
