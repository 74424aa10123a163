import type { ClusterIndex, IndexedBinding } from '../../../core/index.js';
import { namespaceOf } from '../../../core/index.js';
import { isClusterScoped } from './api-resources.js';
import { builtInClusterRoleBindings } from './built-in-roles.js';
import { memoPerIndex } from './memo.js';
import type { ResourceRequest, RuleAnswer } from './policy-rules.js';
import { ruleAllows, ruleAllowsPath } from './policy-rules.js';
import type { BindingGrant, GrantedRule, GrantScope } from './roles.js';
import { bindingGrant } from './roles.js';
import type { SubjectRef } from './subjects.js';
import { bindingSubjectRef, compareSubjects, identitiesOf, subjectKey } from './subjects.js';

/** One binding that applies to a subject, and the binding subject it matched as (the subject or one of its groups). */
export interface SubjectGrant {
  grant: BindingGrant;
  matchedAs: SubjectRef;
}

/** Scanned bindings, then the built-in ClusterRoleBindings the input does not redefine. */
export const effectiveBindings = memoPerIndex((index): readonly IndexedBinding[] => {
  const scanned = new Set(
    index.bindings.filter((binding) => binding.kind === 'ClusterRoleBinding').map((binding) => binding.name),
  );
  return [...index.bindings, ...builtInClusterRoleBindings.filter((binding) => !scanned.has(binding.name))];
});

const grantsBySubjectKey = memoPerIndex((index) => {
  const map = new Map<string, SubjectGrant[]>();
  for (const binding of effectiveBindings(index)) {
    const grant = bindingGrant(index, binding);
    for (const subject of binding.subjects) {
      const ref = bindingSubjectRef(binding, subject);
      if (ref === undefined) continue;
      const key = subjectKey(ref);
      const list = map.get(key);
      if (list === undefined) map.set(key, [{ grant, matchedAs: ref }]);
      else list.push({ grant, matchedAs: ref });
    }
  }
  return map;
});

/** Every binding that applies to the subject, directly or through the groups it belongs to. */
export function grantsOf(index: ClusterIndex, subject: SubjectRef): SubjectGrant[] {
  const byKey = grantsBySubjectKey(index);
  const out: SubjectGrant[] = [];
  for (const identity of identitiesOf(subject)) out.push(...(byKey.get(subjectKey(identity)) ?? []));
  return out;
}

/** Every subject the input names: binding subjects, ServiceAccounts, and the accounts workloads run as. */
export const allSubjects = memoPerIndex((index): readonly SubjectRef[] => {
  const subjects = new Map<string, SubjectRef>();
  const add = (subject: SubjectRef) => subjects.set(subjectKey(subject), subject);
  for (const binding of effectiveBindings(index)) {
    for (const subject of binding.subjects) {
      const ref = bindingSubjectRef(binding, subject);
      if (ref !== undefined) add(ref);
    }
  }
  for (const account of index.serviceAccounts)
    add({ kind: 'ServiceAccount', name: account.name, namespace: namespaceOf(account) });
  for (const workload of index.workloads)
    add({
      kind: 'ServiceAccount',
      name: workload.serviceAccountName ?? 'default',
      namespace: namespaceOf(workload),
    });
  return [...subjects.values()].sort(compareSubjects);
});

/** Effective permissions of every subject, computed once per index. */
export const effectivePermissions = memoPerIndex((index) => {
  const out = new Map<string, { subject: SubjectRef; grants: SubjectGrant[] }>();
  for (const subject of allSubjects(index))
    out.set(subjectKey(subject), { subject, grants: grantsOf(index, subject) });
  return out;
});

/** Whether a grant's scope reaches a request: a namespaced grant never reaches a cluster-scoped resource. */
export function scopeReaches(
  scope: GrantScope,
  group: string | undefined,
  resource: string,
  namespace: string | undefined,
): boolean {
  if (scope.kind === 'cluster') return true;
  if (isClusterScoped(group, resource)) return false;
  return namespace === undefined || scope.namespace === namespace;
}

export interface RuleMatch {
  granted: GrantedRule;
  answer: Exclude<RuleAnswer, { allows: 'none' }>;
}

/** The grant's rules that allow the request in `namespace` (any namespace when undefined), unrestricted ones first. */
export function matchingRules(
  grant: BindingGrant,
  request: ResourceRequest,
  namespace: string | undefined,
): RuleMatch[] {
  if (!scopeReaches(grant.scope, request.group, request.resource, namespace)) return [];
  const matches: RuleMatch[] = [];
  for (const granted of grant.rules) {
    const answer = ruleAllows(granted.rule, request);
    if (answer.allows !== 'none') matches.push({ granted, answer });
  }
  return matches.sort((a, b) =>
    a.answer.allows === b.answer.allows ? 0 : a.answer.allows === 'all' ? -1 : 1,
  );
}

export interface WhoCanEntry {
  subject: SubjectRef;
  grant: BindingGrant;
  /** The rule that allows it; unrestricted rules are preferred over rules limited to names. */
  match: RuleMatch;
}

export type AccessQuery =
  | { type: 'resource'; request: ResourceRequest; namespace?: string }
  | { type: 'path'; verb: string; path: string };

function firstMatch(grant: BindingGrant, query: AccessQuery): RuleMatch | undefined {
  if (query.type === 'resource') return matchingRules(grant, query.request, query.namespace)[0];
  if (grant.scope.kind !== 'cluster') return undefined;
  const granted = grant.rules.find((candidate) => ruleAllowsPath(candidate.rule, query.verb, query.path));
  return granted === undefined ? undefined : { granted, answer: { allows: 'all' } };
}

/** Every binding subject allowed to make the request, with the binding and the rule that allow it. */
export function whoCan(index: ClusterIndex, query: AccessQuery): WhoCanEntry[] {
  const entries: WhoCanEntry[] = [];
  for (const binding of effectiveBindings(index)) {
    const grant = bindingGrant(index, binding);
    const match = firstMatch(grant, query);
    if (match === undefined) continue;
    for (const subject of binding.subjects) {
      const ref = bindingSubjectRef(binding, subject);
      if (ref !== undefined) entries.push({ subject: ref, grant, match });
    }
  }
  return entries.sort((a, b) => compareSubjects(a.subject, b.subject));
}
