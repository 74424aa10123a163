import type {
  ClusterIndex,
  IndexedBinding,
  IndexedObject,
  IndexedRole,
  IndexedServiceAccount,
  Resource,
} from '../../../core/index.js';
import { namespaceOf } from '../../../core/index.js';
import { builtInClusterRoles } from './built-in-roles.js';
import { memoPerIndex } from './memo.js';

function positionKey(file: string, line: number, column: number): string {
  return `${file}\u0000${line}\u0000${column}`;
}

function byPosition<T extends IndexedObject>(entries: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) map.set(positionKey(entry.file, entry.line, entry.column), entry);
  return map;
}

const bindingsByPosition = memoPerIndex((index) => byPosition(index.bindings));
const rolesByPosition = memoPerIndex((index) => byPosition(index.roles));

function keyOfResource(resource: Resource): string {
  const { file = '', startLine = 0, startColumn = 0 } = resource.source;
  return positionKey(file, startLine, startColumn);
}

/** The index entry of the binding a rule is judging, found by where the object starts. */
export function bindingEntryOf(index: ClusterIndex, resource: Resource): IndexedBinding | undefined {
  return bindingsByPosition(index).get(keyOfResource(resource));
}

export function roleEntryOf(index: ClusterIndex, resource: Resource): IndexedRole | undefined {
  return rolesByPosition(index).get(keyOfResource(resource));
}

export function roleKey(kind: string, namespace: string | undefined, name: string): string {
  return kind === 'ClusterRole' ? `ClusterRole//${name}` : `${kind}/${namespace ?? 'default'}/${name}`;
}

/** Roles by `kind/namespace/name`; the first in file order wins, and scanned roles shadow built-in ones. */
const rolesByKey = memoPerIndex((index) => {
  const map = new Map<string, IndexedRole>();
  for (const role of index.roles) {
    const key = roleKey(role.kind, role.kind === 'Role' ? namespaceOf(role) : undefined, role.name);
    if (!map.has(key)) map.set(key, role);
  }
  for (const role of builtInClusterRoles) {
    const key = roleKey('ClusterRole', undefined, role.name);
    if (!map.has(key)) map.set(key, role);
  }
  return map;
});

export function findRole(
  index: ClusterIndex,
  kind: string,
  namespace: string | undefined,
  name: string,
): IndexedRole | undefined {
  return rolesByKey(index).get(roleKey(kind, namespace, name));
}

/** Every ClusterRole, scanned or built in (scanned ones shadowing built-ins of the same name). */
export const allClusterRoles = memoPerIndex((index) =>
  [...rolesByKey(index).values()].filter((role) => role.kind === 'ClusterRole'),
);

export function serviceAccountKey(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}

const serviceAccountsByKey = memoPerIndex((index) => {
  const map = new Map<string, IndexedServiceAccount>();
  for (const account of index.serviceAccounts) {
    const key = serviceAccountKey(namespaceOf(account), account.name);
    if (!map.has(key)) map.set(key, account);
  }
  return map;
});

export function findServiceAccount(
  index: ClusterIndex,
  namespace: string,
  name: string,
): IndexedServiceAccount | undefined {
  return serviceAccountsByKey(index).get(serviceAccountKey(namespace, name));
}

/** Namespaces for which the input holds at least one ServiceAccount: their accounts are taken to be all there. */
export const namespacesWithServiceAccounts = memoPerIndex(
  (index) => new Set(index.serviceAccounts.map((account) => namespaceOf(account))),
);
