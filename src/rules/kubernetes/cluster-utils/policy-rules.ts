import type { IndexedPolicyRule } from '../../../core/index.js';

/** One API request as the authorizer sees it. `group` undefined asks about the resource in any API group. */
export interface ResourceRequest {
  verb: string;
  group?: string;
  resource: string;
  subresource?: string;
  /** The object's name; undefined asks about the whole resource (list, watch, create). */
  name?: string;
}

export type PolicyRuleFields = Pick<
  IndexedPolicyRule,
  'verbs' | 'apiGroups' | 'resources' | 'resourceNames' | 'nonResourceURLs'
>;

/** What one rule allows for a request: everything, only some names, or nothing. */
export type RuleAnswer =
  { allows: 'all' } | { allows: 'names'; names: readonly string[] } | { allows: 'none' };

const none: RuleAnswer = { allows: 'none' };
const all: RuleAnswer = { allows: 'all' };

export function verbMatches(rule: PolicyRuleFields, verb: string): boolean {
  return rule.verbs.includes('*') || rule.verbs.includes(verb);
}

function groupMatches(rule: PolicyRuleFields, group: string | undefined): boolean {
  return rule.apiGroups.includes('*') || group === undefined || rule.apiGroups.includes(group);
}

// Exactly the authorizer's resource test: `*` matches everything, `*/sub` matches that subresource of any
// resource, and anything else must equal `resource` or `resource/sub`. So `pods/*` matches only a subresource
// named `*`.

export function resourceMatches(rule: PolicyRuleFields, resource: string, subresource?: string): boolean {
  const combined = subresource === undefined ? resource : `${resource}/${subresource}`;
  for (const ruleResource of rule.resources) {
    if (ruleResource === '*' || ruleResource === combined) return true;
    if (subresource !== undefined && ruleResource === `*/${subresource}`) return true;
  }
  return false;
}

// Requests with these verbs on a whole resource carry no object name, so a rule limited to names never allows them.
const namelessVerbs = new Set(['create', 'deletecollection']);

export function ruleAllows(rule: PolicyRuleFields, request: ResourceRequest): RuleAnswer {
  if (!verbMatches(rule, request.verb) || !groupMatches(rule, request.group)) return none;
  if (!resourceMatches(rule, request.resource, request.subresource)) return none;
  if (rule.resourceNames.length === 0) return all;
  if (request.name !== undefined) return rule.resourceNames.includes(request.name) ? all : none;
  if (request.subresource === undefined && namelessVerbs.has(request.verb)) return none;
  return { allows: 'names', names: rule.resourceNames };
}

/** Non-resource URLs (`/metrics`): exact, or a prefix when the rule's path ends in `*`. */
export function ruleAllowsPath(rule: PolicyRuleFields, verb: string, path: string): boolean {
  if (!verbMatches(rule, verb)) return false;
  for (const pattern of rule.nonResourceURLs) {
    if (pattern === '*' || pattern === path) return true;
    if (pattern.endsWith('*') && path.startsWith(pattern.slice(0, -1))) return true;
  }
  return false;
}

/** `*` verbs on `*` resources: full control of the rule's API groups (of every group with `*`). */
export function isResourceWildcard(rule: PolicyRuleFields): boolean {
  return rule.verbs.includes('*') && rule.resources.includes('*');
}

/** `*` verbs on `*` resources in `*` groups: everything a role can grant. */
export function isFullWildcard(rule: PolicyRuleFields): boolean {
  return isResourceWildcard(rule) && rule.apiGroups.includes('*');
}
