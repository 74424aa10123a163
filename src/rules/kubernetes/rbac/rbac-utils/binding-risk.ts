import type {
  ClusterIndex,
  FieldPath,
  IndexedBinding,
  RuleContext,
  Severity,
} from '../../../../core/index.js';
import type { KubernetesObjectView } from '../../../../sources/index.js';
import { bindingEntryOf } from '../../cluster-utils/lookup.js';
import { memoPerIndex } from '../../cluster-utils/memo.js';
import { matchingRules } from '../../cluster-utils/permissions.js';
import { isResourceWildcard } from '../../cluster-utils/policy-rules.js';
import type { BindingGrant, GrantedRule } from '../../cluster-utils/roles.js';
import { bindingGrant } from '../../cluster-utils/roles.js';
import type { SubjectRef } from '../../cluster-utils/subjects.js';
import { bindingSubjectRef, describeSubject } from '../../cluster-utils/subjects.js';
import {
  describeBoundRole,
  describeObject,
  describeOrigin,
  describeScope,
  describeWorkloads,
} from './describe.js';

export const bindingKinds = ['RoleBinding', 'ClusterRoleBinding'] as const;

export interface JudgedBinding {
  index: ClusterIndex;
  binding: IndexedBinding;
  grant: BindingGrant;
  /** The subjects that name someone, each with the path of its entry for the finding. */
  subjects: readonly SubjectViolation[];
}

// Every binding rule judges the same binding: look it up once per object, not once per rule.
const judgedByResource = memoPerIndex(() => new WeakMap<object, JudgedBinding | null>());

/** The binding a rule judges, with what it grants; undefined for other objects or without a cluster index. */
export function judgedBinding(view: KubernetesObjectView, context: RuleContext): JudgedBinding | undefined {
  const index = context.cluster;
  if (index === undefined || !(bindingKinds as readonly string[]).includes(view.resource.kind))
    return undefined;
  const cache = judgedByResource(index);
  const cached = cache.get(view.resource);
  if (cached !== undefined) return cached ?? undefined;
  const binding = bindingEntryOf(index, view.resource);
  const judged =
    binding === undefined
      ? null
      : { index, binding, grant: bindingGrant(index, binding), subjects: boundSubjects(binding) };
  cache.set(view.resource, judged);
  return judged ?? undefined;
}

/** One request a risky permission is made of, e.g. `create` on `pods/exec`. */
export interface RiskCheck {
  verbs: readonly string[];
  group: string;
  resource: string;
  subresource?: string;
}

export interface FoundRisk {
  /** `get, list secrets; create pods/exec (only web-0)`. */
  actions: string;
  granted: GrantedRule;
}

function label(check: RiskCheck): string {
  return check.subresource === undefined ? check.resource : `${check.resource}/${check.subresource}`;
}

interface GrantedCheck {
  verbs: string;
  resource: string;
  /** Names the grant is limited to; empty when unrestricted. */
  names: readonly string[];
}

/** `create, patch pods, deployments; get secrets (only a, b)`: checks granting the same verbs share a phrase. */
function describeActions(granted: readonly GrantedCheck[]): string {
  const phrases: { verbs: string; resources: string[] }[] = [];
  for (const item of granted) {
    const resource =
      item.names.length === 0 ? item.resource : `${item.resource} (only ${item.names.join(', ')})`;
    const last = phrases[phrases.length - 1];
    if (last !== undefined && last.verbs === item.verbs && item.names.length === 0)
      last.resources.push(resource);
    else phrases.push({ verbs: item.verbs, resources: [resource] });
  }
  return phrases.map((phrase) => `${phrase.verbs} ${phrase.resources.join(', ')}`).join('; ');
}

const narrowed = new WeakMap<BindingGrant, BindingGrant>();

function withoutResourceWildcards(grant: BindingGrant): BindingGrant {
  let scoped = narrowed.get(grant);
  if (scoped === undefined) {
    scoped = { ...grant, rules: grant.rules.filter((granted) => !isResourceWildcard(granted.rule)) };
    narrowed.set(grant, scoped);
  }
  return scoped;
}

/**
 * Which of the checks a binding grants, and the first rule that grants them. Rules with `*` verbs on `*` resources
 * are left to KR001, so a binding of an admin-like role is one finding, not a dozen.
 */
export function findRisk(grant: BindingGrant, checks: readonly RiskCheck[]): FoundRisk | undefined {
  const scoped = withoutResourceWildcards(grant);
  const granted: GrantedCheck[] = [];
  let first: GrantedRule | undefined;
  for (const check of checks) {
    const verbs: string[] = [];
    const names = new Set<string>();
    let unrestricted = false;
    for (const verb of check.verbs) {
      const request = {
        verb,
        group: check.group,
        resource: check.resource,
        ...(check.subresource === undefined ? {} : { subresource: check.subresource }),
      };
      const best = matchingRules(scoped, request, undefined)[0];
      if (best === undefined) continue;
      verbs.push(verb);
      first ??= best.granted;
      if (best.answer.allows === 'all') unrestricted = true;
      else for (const name of best.answer.names) names.add(name);
    }
    if (verbs.length === 0) continue;
    granted.push({
      verbs: verbs.join(', '),
      resource: label(check),
      names: unrestricted ? [] : [...names].sort(),
    });
  }
  return first === undefined ? undefined : { actions: describeActions(granted), granted: first };
}

export interface SubjectViolation {
  subject: SubjectRef;
  path: FieldPath;
}

/** The binding's subjects that name someone, each with the path of its entry for the finding. */
export function boundSubjects(binding: IndexedBinding): SubjectViolation[] {
  const out: SubjectViolation[] = [];
  for (const subject of binding.subjects) {
    const ref = bindingSubjectRef(binding, subject);
    if (ref !== undefined) out.push({ subject: ref, path: ['subjects', subject.index] });
  }
  return out;
}

export interface RiskViolation<MessageId extends string> {
  messageId: MessageId;
  data: Record<string, string>;
  path: FieldPath;
  severity?: Severity;
}

/** A finding per subject of a binding that grants a risky permission, naming binding, role, rule and workloads. */
export function riskViolations(
  view: KubernetesObjectView,
  context: RuleContext,
  checks: readonly RiskCheck[],
): Iterable<RiskViolation<'grant'>> {
  return riskViolationsAs(view, context, checks, 'grant');
}

export function* riskViolationsAs<MessageId extends string>(
  view: KubernetesObjectView,
  context: RuleContext,
  checks: readonly RiskCheck[],
  messageId: MessageId,
): Iterable<RiskViolation<MessageId>> {
  const judged = judgedBinding(view, context);
  if (judged === undefined) return;
  const risk = findRisk(judged.grant, checks);
  if (risk === undefined) return;
  for (const { subject, path } of judged.subjects) {
    yield {
      messageId,
      data: {
        subject: describeSubject(subject),
        actions: risk.actions,
        scope: describeScope(judged.grant.scope),
        binding: describeObject(judged.binding),
        role: describeBoundRole(judged.grant),
        grantedAt: describeOrigin(risk.granted, judged.grant),
        workloads: describeWorkloads(judged.index, subject),
      },
      path,
    };
  }
}

/** The message every risk rule uses, so findings read alike. */
export const grantMessage =
  '{{subject}} can {{actions}} {{scope}}: {{binding}} grants {{role}} ({{grantedAt}}){{workloads}}';
