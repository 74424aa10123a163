import type { ClusterIndex, IndexedWorkload } from '../../../core/index.js';
import { namespaceOf } from '../../../core/index.js';
import { findServiceAccount, serviceAccountKey } from './lookup.js';
import { memoPerIndex } from './memo.js';
import type { SubjectRef } from './subjects.js';
import {
  allServiceAccountsGroup,
  authenticatedGroup,
  identitiesOf,
  serviceAccountGroupNamespace,
} from './subjects.js';

/**
 * Whether the workload's pods get its service account's token: the pod's own setting wins, then the account's;
 * unset means mounted.
 */
export function carriesToken(index: ClusterIndex, workload: IndexedWorkload): boolean {
  if (workload.automountServiceAccountToken !== undefined) return workload.automountServiceAccountToken;
  const account = findServiceAccount(index, namespaceOf(workload), workload.serviceAccountName ?? 'default');
  return account?.automountServiceAccountToken ?? true;
}

/** Workloads whose pods carry a token, by `namespace/account`. */
const tokenCarriersByAccount = memoPerIndex((index) => {
  const map = new Map<string, IndexedWorkload[]>();
  for (const workload of index.workloads) {
    if (!carriesToken(index, workload)) continue;
    const key = serviceAccountKey(namespaceOf(workload), workload.serviceAccountName ?? 'default');
    const list = map.get(key);
    if (list === undefined) map.set(key, [workload]);
    else list.push(workload);
  }
  return map;
});

const tokenCarriers = memoPerIndex((index) =>
  index.workloads.filter((workload) => carriesToken(index, workload)),
);

/**
 * The workloads whose pods act as this subject: those running as the service account (with its token mounted), and
 * for the groups every service account is in, all such workloads of the namespace or the input.
 */
export function workloadsActingAs(index: ClusterIndex, subject: SubjectRef): readonly IndexedWorkload[] {
  const [self] = identitiesOf(subject);
  if (self?.kind === 'ServiceAccount')
    return tokenCarriersByAccount(index).get(serviceAccountKey(self.namespace ?? 'default', self.name)) ?? [];
  if (subject.kind !== 'Group') return [];
  if (subject.name === allServiceAccountsGroup || subject.name === authenticatedGroup)
    return tokenCarriers(index);
  const namespace = serviceAccountGroupNamespace(subject.name);
  if (namespace === undefined) return [];
  return tokenCarriers(index).filter((workload) => namespaceOf(workload) === namespace);
}
