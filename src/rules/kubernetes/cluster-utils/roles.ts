import type { ClusterIndex, IndexedBinding, IndexedPolicyRule, IndexedRole } from '../../../core/index.js';
import { namespaceOf } from '../../../core/index.js';
import { isSystemClusterRoleName } from './built-in-roles.js';
import { selectorMatches } from './label-selector.js';
import { allClusterRoles, findRole } from './lookup.js';
import { memoPerIndex } from './memo.js';

/** A rule a role grants, with the role that wrote it (another one when the role aggregates). */
export interface GrantedRule {
  role: IndexedRole;
  rule: IndexedPolicyRule;
}

export type RoleResolution =
  | { status: 'found'; role: IndexedRole }
  /** A `system:` ClusterRole every cluster has, whose rules Bulwark does not model. */
  | { status: 'unmodelled' }
  | { status: 'missing' }
  /** A ClusterRoleBinding that refers to a Role, or a `roleRef.kind` that is neither: the API server refuses it. */
  | { status: 'invalid-kind' };

export type GrantScope = { kind: 'cluster' } | { kind: 'namespace'; namespace: string };

export interface BindingGrant {
  binding: IndexedBinding;
  resolution: RoleResolution;
  scope: GrantScope;
  /** The rules this binding grants in its scope (none when the role cannot be resolved). */
  rules: readonly GrantedRule[];
}

function originKey(granted: GrantedRule): string {
  return `${granted.role.file}\u0000${granted.role.line}\u0000${granted.role.name}\u0000${granted.rule.index}`;
}

function aggregatedRules(
  index: ClusterIndex,
  role: IndexedRole,
  selectors: NonNullable<IndexedRole['aggregationSelectors']>,
  visiting: Set<IndexedRole>,
): GrantedRule[] {
  const out: GrantedRule[] = [];
  const seen = new Set<string>();
  visiting.add(role);
  for (const candidate of allClusterRoles(index)) {
    if (visiting.has(candidate)) continue;
    if (!selectors.some((selector) => selectorMatches(selector, candidate.labels))) continue;
    for (const granted of rulesOfRole(index, candidate, visiting)) {
      const key = originKey(granted);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(granted);
    }
  }
  visiting.delete(role);
  return out;
}

const ruleCache = memoPerIndex(() => new Map<IndexedRole, readonly GrantedRule[]>());

/**
 * The rules a role grants. An aggregated ClusterRole grants what the controller writes into it: the union of the
 * rules of every ClusterRole its selectors match (themselves aggregated, as the controller keeps them), not its own
 * `rules` list.
 */
export function rulesOfRole(
  index: ClusterIndex,
  role: IndexedRole,
  visiting: Set<IndexedRole> = new Set(),
): readonly GrantedRule[] {
  const cache = ruleCache(index);
  const cached = cache.get(role);
  if (cached !== undefined) return cached;
  const selectors = role.aggregationSelectors;
  const rules =
    selectors === undefined
      ? role.rules.map((rule) => ({ role, rule }))
      : aggregatedRules(index, role, selectors, visiting);
  // A role met again while its own aggregation is being worked out (a selector cycle) is not cached half-done.
  if (visiting.size === 0) cache.set(role, rules);
  return rules;
}

export function resolveRoleRef(index: ClusterIndex, binding: IndexedBinding): RoleResolution {
  const { kind, name } = binding.roleRef;
  const fromClusterBinding = binding.kind === 'ClusterRoleBinding';
  if (kind !== 'ClusterRole' && (kind !== 'Role' || fromClusterBinding)) return { status: 'invalid-kind' };
  const role = findRole(index, kind, kind === 'Role' ? namespaceOf(binding) : undefined, name);
  if (role !== undefined) return { status: 'found', role };
  if (kind === 'ClusterRole' && isSystemClusterRoleName(name)) return { status: 'unmodelled' };
  return { status: 'missing' };
}

const grantCache = memoPerIndex(() => new Map<IndexedBinding, BindingGrant>());

/** What a binding grants and where: a RoleBinding grants its role's resource rules in its own namespace only. */
export function bindingGrant(index: ClusterIndex, binding: IndexedBinding): BindingGrant {
  const cache = grantCache(index);
  const cached = cache.get(binding);
  if (cached !== undefined) return cached;
  const resolution = resolveRoleRef(index, binding);
  const scope: GrantScope =
    binding.kind === 'ClusterRoleBinding'
      ? { kind: 'cluster' }
      : { kind: 'namespace', namespace: namespaceOf(binding) };
  let rules: readonly GrantedRule[] = [];
  if (resolution.status === 'found') {
    const all = rulesOfRole(index, resolution.role);
    rules = scope.kind === 'cluster' ? all : all.filter((granted) => granted.rule.resources.length > 0);
  }
  const grant: BindingGrant = { binding, resolution, scope, rules };
  cache.set(binding, grant);
  return grant;
}
