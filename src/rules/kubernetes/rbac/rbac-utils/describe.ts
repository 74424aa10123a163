import type { ClusterIndex, IndexedObject, IndexedWorkload } from '../../../../core/index.js';
import { namespaceOf } from '../../../../core/index.js';
import { isBuiltIn } from '../../cluster-utils/built-in-roles.js';
import type { BindingGrant, GrantedRule, GrantScope } from '../../cluster-utils/roles.js';
import { memoPerIndex } from '../../cluster-utils/memo.js';
import type { SubjectRef } from '../../cluster-utils/subjects.js';
import { subjectKey } from '../../cluster-utils/subjects.js';
import { workloadsActingAs } from '../../cluster-utils/workloads.js';

const namespacedKinds = new Set(['Role', 'RoleBinding', 'ServiceAccount']);

/** `RoleBinding shop/web`, `ClusterRole view`, `built-in ClusterRole edit`. */
export function describeObject(entry: Pick<IndexedObject, 'kind' | 'name' | 'namespace' | 'file'>): string {
  const name = namespacedKinds.has(entry.kind) ? `${namespaceOf(entry)}/${entry.name}` : entry.name;
  return `${isBuiltIn(entry) ? 'built-in ' : ''}${entry.kind} ${name}`;
}

export function describeScope(scope: GrantScope): string {
  return scope.kind === 'cluster' ? 'cluster-wide' : `in namespace ${scope.namespace}`;
}

/** The bound role, or what the reference says when it cannot be resolved. */
export function describeBoundRole(grant: BindingGrant): string {
  if (grant.resolution.status === 'found') return describeObject(grant.resolution.role);
  const { kind, name } = grant.binding.roleRef;
  return kind === 'Role' ? `Role ${namespaceOf(grant.binding)}/${name}` : `${kind} ${name}`;
}

/** Where the granting rule is written: `rule at file:line`, naming the source role when the bound role aggregates. */
export function describeOrigin(granted: GrantedRule, grant: BindingGrant): string {
  const bound = grant.resolution.status === 'found' ? grant.resolution.role : undefined;
  const source = bound === granted.role ? '' : ` of ${granted.role.kind} ${granted.role.name}, aggregated`;
  if (isBuiltIn(granted.role)) return `built-in rule${source}`;
  return `rule at ${granted.role.file}:${granted.rule.line}${source}`;
}

const listedWorkloads = 3;

function describeWorkload(workload: IndexedWorkload): string {
  return `${workload.kind} ${namespaceOf(workload)}/${workload.name} (${workload.file}:${workload.line})`;
}

const workloadPhrases = memoPerIndex(() => new Map<string, string>());

/** `; workloads that carry its token: …`, or nothing when no scanned pod acts as the subject. */
export function describeWorkloads(index: ClusterIndex, subject: SubjectRef): string {
  const phrases = workloadPhrases(index);
  const key = subjectKey(subject);
  const cached = phrases.get(key);
  if (cached !== undefined) return cached;
  const workloads = workloadsActingAs(index, subject);
  let phrase = '';
  if (workloads.length > 0) {
    const shown = workloads.slice(0, listedWorkloads).map(describeWorkload).join(', ');
    const more = workloads.length > listedWorkloads ? ` and ${workloads.length - listedWorkloads} more` : '';
    phrase = `; workloads that carry its token: ${shown}${more}`;
  }
  phrases.set(key, phrase);
  return phrase;
}
