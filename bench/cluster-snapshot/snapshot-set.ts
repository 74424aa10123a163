import { parseAllDocuments } from 'yaml';
import { generateClusterSet } from '../rbac/cluster-set.js';

// A `kubectl get -o json` snapshot of the cluster-analysis set: its controllers and every object the cluster makes
// from them (ReplicaSets of Deployments, Jobs of CronJobs, and Pods, each with ownerReferences), with what the API
// server adds (uid, resourceVersion, managedFields, status). Deterministic: a pure function of the pod count.

type Obj = Record<string, unknown>;

export interface SnapshotFile {
  name: string;
  text: string;
}

export interface SnapshotSet {
  files: SnapshotFile[];
  pods: number;
  controllers: number;
  objects: number;
}

const apiVersions: Record<string, string> = {
  Pod: 'v1',
  ReplicaSet: 'apps/v1',
  Job: 'batch/v1',
};

function isRecord(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown): Obj {
  return isRecord(value) ? value : {};
}

function uidOf(counter: number): string {
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

interface Stamp {
  next: number;
}

/** What the API server writes into every object it stores. */
function stored(object: Obj, stamp: Stamp): Obj {
  stamp.next += 1;
  const metadata = record(object['metadata']);
  return {
    ...object,
    metadata: {
      ...metadata,
      uid: uidOf(stamp.next),
      resourceVersion: String(1000 + stamp.next),
      creationTimestamp: '2026-11-02T09:00:00Z',
      managedFields: [
        {
          manager: 'kubectl-client-side-apply',
          operation: 'Update',
          apiVersion: String(object['apiVersion']),
          time: '2026-11-02T09:00:00Z',
          fieldsType: 'FieldsV1',
          fieldsV1: { 'f:metadata': { 'f:labels': {} }, 'f:spec': {} },
        },
      ],
    },
  };
}

function ownerReference(owner: Obj): Obj {
  const metadata = record(owner['metadata']);
  return {
    apiVersion: owner['apiVersion'],
    kind: owner['kind'],
    name: metadata['name'],
    uid: metadata['uid'],
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** An object the controller `owner` makes from `template` (a pod template, or a CronJob's job template). */
function child(
  kind: string,
  name: string,
  owner: Obj,
  template: Obj,
  stamp: Stamp,
  extraLabels: Obj = {},
): Obj {
  const metadata = record(template['metadata']);
  const labels = { ...record(metadata['labels']), ...extraLabels };
  const spec = record(template['spec']);
  const namespace = record(owner['metadata'])['namespace'];
  return stored(
    {
      apiVersion: apiVersions[kind],
      kind,
      metadata: { name, namespace, labels, ownerReferences: [ownerReference(owner)] },
      spec: kind === 'Pod' ? { ...spec, nodeName: `worker-${name.length % 3}` } : spec,
      status: kind === 'Pod' ? { phase: 'Running', podIP: '10.244.0.10' } : {},
    },
    stamp,
  );
}

function podTemplate(controller: Obj): Obj {
  const spec = record(controller['spec']);
  if (controller['kind'] === 'CronJob')
    return record(record(record(spec['jobTemplate'])['spec'])['template']);
  return record(spec['template']);
}

function podsOf(controller: Obj, owner: Obj, count: number, stamp: Stamp, extraLabels: Obj = {}): Obj[] {
  const name = String(record(owner['metadata'])['name']);
  return Array.from({ length: count }, (_, index) =>
    child(
      'Pod',
      `${name}-${index.toString(36).padStart(5, 'x')}`,
      owner,
      podTemplate(controller),
      stamp,
      extraLabels,
    ),
  );
}

/** The objects the cluster makes for one controller. */
function childrenOf(controller: Obj, stamp: Stamp): Obj[] {
  const spec = record(controller['spec']);
  const name = String(record(controller['metadata'])['name']);
  const replicas = typeof spec['replicas'] === 'number' ? spec['replicas'] : 1;
  switch (controller['kind']) {
    case 'Deployment': {
      const hash = { 'pod-template-hash': '5d8f9c7b6' };
      const template = {
        ...podTemplate(controller),
        metadata: { ...record(podTemplate(controller)['metadata']) },
      };
      const replicaSet = child(
        'ReplicaSet',
        `${name}-5d8f9c7b6`,
        controller,
        { spec: { replicas, template } },
        stamp,
        hash,
      );
      return [replicaSet, ...podsOf(controller, replicaSet, replicas, stamp, hash)];
    }
    case 'StatefulSet':
      return podsOf(controller, controller, replicas, stamp);
    case 'DaemonSet':
      return podsOf(controller, controller, 3, stamp);
    case 'CronJob': {
      const job = child('Job', `${name}-29400780`, controller, record(spec['jobTemplate']), stamp);
      return [job, ...podsOf(controller, job, 1, stamp)];
    }
    case 'Job':
      return podsOf(controller, controller, 1, stamp);
    default:
      return [];
  }
}

/** kubectl's JSON: a `List` of every object of one kind, printed with four spaces. */
function listText(items: readonly Obj[]): string {
  return `${JSON.stringify({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } }, null, 4)}\n`;
}

export function generateSnapshotSet(pods: number): SnapshotSet {
  const set = generateClusterSet(pods);
  const stamp: Stamp = { next: 0 };
  const byKind = new Map<string, Obj[]>();
  const add = (object: Obj): void => {
    const kind = String(object['kind']);
    const list = byKind.get(kind) ?? [];
    list.push(object);
    byKind.set(kind, list);
  };
  for (const file of set.files)
    for (const document of parseAllDocuments(file.text)) {
      const value: unknown = document.toJS();
      if (!isRecord(value)) continue;
      const object = stored({ ...value, status: {} }, stamp);
      add(object);
      for (const made of childrenOf(object, stamp)) add(made);
    }
  const files: SnapshotFile[] = [];
  let objects = 0;
  for (const [kind, items] of [...byKind].sort(([a], [b]) => (a < b ? -1 : 1))) {
    files.push({ name: `${kind.toLowerCase()}s.json`, text: listText(items) });
    objects += items.length;
  }
  return { files, pods: byKind.get('Pod')?.length ?? 0, controllers: set.controllers, objects };
}
