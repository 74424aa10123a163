import type { ApiObject } from './schema.js';

/** One object as listed or read from a snapshot; a list item from the API server names neither kind nor version. */
export interface RawObject {
  kind: string;
  apiVersion: string;
  object: ApiObject;
}

/** One object ready to judge: the form kubectl prints (lines come from it) and the form the rules see. */
export interface ClusterObject {
  kind: string;
  apiVersion: string;
  name: string;
  namespace?: string;
  /** `KIND/NAMESPACE/NAME` (`KIND/NAME` when cluster-scoped): where its findings are. */
  file: string;
  /** As `kubectl get -o json` prints it: without `metadata.managedFields`, which kubectl hides. */
  printed: ApiObject;
  /** What the user asked for: `printed` without `status`, which the cluster writes. */
  judged: ApiObject;
  uid?: string;
  owners: readonly OwnerRef[];
}

interface OwnerRef {
  kind: string;
  name: string;
  uid?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function ownersOf(metadata: Record<string, unknown>): OwnerRef[] {
  const references = metadata['ownerReferences'];
  if (!Array.isArray(references)) return [];
  const owners: OwnerRef[] = [];
  for (const reference of references) {
    if (!isRecord(reference)) continue;
    const kind = text(reference['kind']);
    const name = text(reference['name']);
    const uid = text(reference['uid']);
    if (kind !== undefined && name !== undefined) owners.push({ kind, name, ...(uid ? { uid } : {}) });
  }
  return owners;
}

/** Kinds of Kubernetes' own API groups keep their plain name; a custom group is named, so names cannot clash. */
function kindLabel(kind: string, apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  return group.includes('.') && !group.endsWith('.k8s.io') ? `${kind}.${group}` : kind;
}

export function fileOf(
  kind: string,
  apiVersion: string,
  namespace: string | undefined,
  name: string,
): string {
  const label = kindLabel(kind, apiVersion);
  return namespace === undefined ? `${label}/${name}` : `${label}/${namespace}/${name}`;
}

/** Fills in kind and version (list items lack them) and drops what the API server keeps for itself. */
export function prepareObject(raw: RawObject): ClusterObject {
  const kind = text(raw.object['kind']) ?? raw.kind;
  const apiVersion = text(raw.object['apiVersion']) ?? raw.apiVersion;
  const metadataValue = raw.object['metadata'];
  const metadata = isRecord(metadataValue) ? metadataValue : {};
  const printed: ApiObject = { ...raw.object, kind, apiVersion };
  if ('managedFields' in metadata) {
    const shown = { ...metadata };
    delete shown['managedFields'];
    printed['metadata'] = shown;
  }
  const judged: ApiObject = { ...printed };
  delete judged['status'];
  const name = text(metadata['name']) ?? text(metadata['generateName']) ?? '<unnamed>';
  const namespace = text(metadata['namespace']);
  const uid = text(metadata['uid']);
  return {
    kind,
    apiVersion,
    name,
    ...(namespace === undefined ? {} : { namespace }),
    file: fileOf(kind, apiVersion, namespace, name),
    printed,
    judged,
    ...(uid === undefined ? {} : { uid }),
    owners: ownersOf(metadata),
  };
}

/**
 * Whether an object is judged through its owner (a Deployment's ReplicaSets and Pods, a CronJob's Jobs), so one
 * problem is reported once: true when an owner it names is in the input, by uid or by kind, namespace and name.
 */
export function ownedObjectFilter(objects: readonly ClusterObject[]): (object: ClusterObject) => boolean {
  const uids = new Set<string>();
  const names = new Set<string>();
  for (const object of objects) {
    if (object.uid !== undefined) uids.add(object.uid);
    names.add(`${object.kind}/${object.namespace ?? ''}/${object.name}`);
  }
  return (object) =>
    object.owners.some(
      (owner) =>
        (owner.uid !== undefined && uids.has(owner.uid)) ||
        names.has(`${owner.kind}/${object.namespace ?? ''}/${owner.name}`),
    );
}
