import type { AuditRule } from './config-files.js';

export interface GroupResource {
  group: string;
  resource: string;
}

export const secrets: GroupResource = { group: '', resource: 'secrets' };
/** Resources whose request or response bodies carry credentials. */
export const sensitiveResources: readonly GroupResource[] = [
  secrets,
  { group: '', resource: 'configmaps' },
  { group: 'authentication.k8s.io', resource: 'tokenreviews' },
];

/** A rule the API server consults for `target` at all, and whether it matches only some of those requests. */
export interface Decision {
  rule: AuditRule;
  index: number;
  conditional: boolean;
}

function nonEmpty(list: readonly string[] | undefined): boolean {
  return list !== undefined && list.length > 0;
}

function matchesResource(rule: AuditRule, target: GroupResource): 'all' | 'some' | 'none' {
  if (rule.resources === undefined || rule.resources.length === 0)
    return nonEmpty(rule.nonResourceURLs) ? 'none' : 'all';
  let best: 'all' | 'some' | 'none' = 'none';
  for (const entry of rule.resources) {
    if ((entry.group ?? '') !== target.group) continue;
    const names = entry.resources ?? [];
    const covers =
      names.length === 0 ||
      names.some((name) => name === '*' || name === target.resource || name === `${target.resource}/*`);
    const subresourceOnly = names.some((name) => name.startsWith(`${target.resource}/`));
    if (covers) {
      if (!nonEmpty(entry.resourceNames)) return 'all';
      best = 'some';
    } else if (subresourceOnly) best = 'some';
  }
  return best;
}

/** True when the rule applies to every user, verb and namespace. */
export function isUnrestricted(rule: AuditRule): boolean {
  return (
    !nonEmpty(rule.users) && !nonEmpty(rule.userGroups) && !nonEmpty(rule.verbs) && !nonEmpty(rule.namespaces)
  );
}

/**
 * The rules that can decide the level of a request for `target`, in policy order, up to and including the
 * first one that matches every such request (the API server stops at the first matching rule).
 */
export function decisionsFor(rules: readonly AuditRule[], target: GroupResource): Decision[] {
  const decisions: Decision[] = [];
  for (const [index, rule] of rules.entries()) {
    const match = matchesResource(rule, target);
    if (match === 'none') continue;
    const conditional = match === 'some' || !isUnrestricted(rule);
    decisions.push({ rule, index, conditional });
    if (!conditional) break;
  }
  return decisions;
}

/** A rule with no conditions at all: it matches every request that reaches it. */
export function isCatchAll(rule: AuditRule): boolean {
  return isUnrestricted(rule) && !nonEmpty(rule.nonResourceURLs) && (rule.resources ?? []).length === 0;
}
