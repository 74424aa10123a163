import type { IndexedSpecObject } from '../../../../core/index.js';
import { normalizeCalicoPolicy } from './calico-policy.js';
import { normalizeCiliumPolicy } from './cilium-policy.js';
import { normalizeKubernetesPolicy } from './kubernetes-policy.js';
import type { NormalizedPolicy } from './model.js';

function groupOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

const calicoGroups = new Set(['projectcalico.org', 'crd.projectcalico.org']);

/** Any indexed network policy, read in its own dialect. */
export function normalizePolicy(entry: IndexedSpecObject): NormalizedPolicy {
  const group = groupOf(entry.apiVersion);
  if (group === 'cilium.io') return normalizeCiliumPolicy(entry);
  if (calicoGroups.has(group)) return normalizeCalicoPolicy(entry);
  return normalizeKubernetesPolicy(entry);
}

/** The kinds of network policy Bulwark reads, for rule metadata. */
export const networkPolicyKinds = [
  'NetworkPolicy',
  'CiliumNetworkPolicy',
  'CiliumClusterwideNetworkPolicy',
  'GlobalNetworkPolicy',
] as const;
