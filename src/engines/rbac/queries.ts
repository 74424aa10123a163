import type { ClusterIndex, IndexedObject, ReportError } from '../../core/index.js';
import { compareIndexed, namespaceOf } from '../../core/index.js';
import { isBuiltIn } from '../../rules/kubernetes/cluster-utils/built-in-roles.js';
import type { AccessQuery, SubjectGrant } from '../../rules/kubernetes/cluster-utils/permissions.js';
import { grantsOf, whoCan } from '../../rules/kubernetes/cluster-utils/permissions.js';
import type { BindingGrant, GrantedRule, GrantScope } from '../../rules/kubernetes/cluster-utils/roles.js';
import type { SubjectRef } from '../../rules/kubernetes/cluster-utils/subjects.js';
import { compareSubjects, identitiesOf } from '../../rules/kubernetes/cluster-utils/subjects.js';
import { workloadsActingAs } from '../../rules/kubernetes/cluster-utils/workloads.js';

/** An object as the answers name it; built-in objects have no file. */
export interface ObjectRef {
  kind: string;
  name: string;
  namespace?: string;
  file?: string;
  line?: number;
  builtIn?: true;
}

export interface RuleRef {
  /** The role whose `rules` hold it: the bound one, or one it aggregates. */
  role: ObjectRef;
  index: number;
  line?: number;
  verbs: readonly string[];
  apiGroups: readonly string[];
  resources: readonly string[];
  resourceNames: readonly string[];
  nonResourceURLs: readonly string[];
}

export type ScopeRef = { cluster: true } | { namespace: string };

const namespacedKinds = new Set(['Role', 'RoleBinding', 'ServiceAccount']);

function objectRef(entry: IndexedObject): ObjectRef {
  if (isBuiltIn(entry)) return { kind: entry.kind, name: entry.name, builtIn: true };
  return {
    kind: entry.kind,
    name: entry.name,
    ...(namespacedKinds.has(entry.kind) || entry.namespace !== undefined
      ? { namespace: namespaceOf(entry) }
      : {}),
    file: entry.file,
    line: entry.line,
  };
}

function roleRefOf(grant: BindingGrant): ObjectRef {
  if (grant.resolution.status === 'found') return objectRef(grant.resolution.role);
  const { kind, name } = grant.binding.roleRef;
  return kind === 'Role' ? { kind, name, namespace: namespaceOf(grant.binding) } : { kind, name };
}

function ruleRef(granted: GrantedRule): RuleRef {
  const { rule } = granted;
  return {
    role: objectRef(granted.role),
    index: rule.index,
    ...(isBuiltIn(granted.role) ? {} : { line: rule.line }),
    verbs: rule.verbs,
    apiGroups: rule.apiGroups,
    resources: rule.resources,
    resourceNames: rule.resourceNames,
    nonResourceURLs: rule.nonResourceURLs,
  };
}

function scopeRef(scope: GrantScope): ScopeRef {
  return scope.kind === 'cluster' ? { cluster: true } : { namespace: scope.namespace };
}

export interface WhoCanRow {
  subject: SubjectRef;
  scope: ScopeRef;
  binding: ObjectRef;
  role: ObjectRef;
  rule: RuleRef;
  /** Set when the rule grants the request only on these object names. */
  onlyNames?: readonly string[];
}

export interface WhoCanAnswer {
  schemaVersion: 1;
  query: AccessQuery;
  subjects: WhoCanRow[];
  errors: ReportError[];
}

/** Who may make the request, by binding, each with the rule that allows it. Deterministic order. */
export function answerWhoCan(cluster: ClusterIndex, query: AccessQuery, errors: ReportError[]): WhoCanAnswer {
  const subjects = whoCan(cluster, query).map((entry): WhoCanRow => {
    const { answer, granted } = entry.match;
    return {
      subject: entry.subject,
      scope: scopeRef(entry.grant.scope),
      binding: objectRef(entry.grant.binding),
      role: roleRefOf(entry.grant),
      rule: ruleRef(granted),
      ...(answer.allows === 'names' ? { onlyNames: answer.names } : {}),
    };
  });
  return { schemaVersion: 1, query, subjects, errors };
}

export interface CanGrant {
  scope: ScopeRef;
  /** The binding subject that names this subject: itself, or a group it belongs to. */
  matchedAs: SubjectRef;
  binding: ObjectRef;
  role: ObjectRef;
  /** `missing`: the bound role is not in the input; `unmodelled`: a built-in `system:` role Bulwark does not model. */
  roleStatus: 'found' | 'unmodelled' | 'missing' | 'invalid-kind';
  rules: RuleRef[];
}

export interface CanAnswer {
  schemaVersion: 1;
  subject: SubjectRef;
  /** The identities the subject is matched as: itself and the groups Kubernetes puts it in. */
  identities: SubjectRef[];
  grants: CanGrant[];
  /** Workloads of the input whose pods act as the subject (their token mounted). */
  workloads: ObjectRef[];
  errors: ReportError[];
}

function compareGrants(a: SubjectGrant, b: SubjectGrant): number {
  const scope = (grant: SubjectGrant) =>
    grant.grant.scope.kind === 'cluster' ? '' : grant.grant.scope.namespace;
  const byScope = scope(a) < scope(b) ? -1 : scope(a) > scope(b) ? 1 : 0;
  return (
    byScope || compareIndexed(a.grant.binding, b.grant.binding) || compareSubjects(a.matchedAs, b.matchedAs)
  );
}

/** Everything the subject may do: every binding that applies to it, directly or through its groups, with the rules. */
export function answerCan(cluster: ClusterIndex, subject: SubjectRef, errors: ReportError[]): CanAnswer {
  const grants = [...grantsOf(cluster, subject)].sort(compareGrants).map((entry): CanGrant => ({
    scope: scopeRef(entry.grant.scope),
    matchedAs: entry.matchedAs,
    binding: objectRef(entry.grant.binding),
    role: roleRefOf(entry.grant),
    roleStatus: entry.grant.resolution.status,
    rules: entry.grant.rules.map(ruleRef),
  }));
  return {
    schemaVersion: 1,
    subject,
    identities: identitiesOf(subject),
    grants,
    workloads: workloadsActingAs(cluster, subject).map(objectRef),
    errors,
  };
}
