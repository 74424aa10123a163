import type { ServiceAccountFacts } from '../../core/index.js';
import type { ScanUnit } from './units.js';

/** ServiceAccounts among the units, keyed `namespace/name`, so pod rules can see what their account allows. */
export function serviceAccountFacts(units: readonly ScanUnit[]): Map<string, ServiceAccountFacts> {
  const facts = new Map<string, ServiceAccountFacts>();
  for (const unit of units) {
    if (unit.resource.kind !== 'ServiceAccount') continue;
    const object = unit.views['kubernetes-object']?.object;
    const automount = object?.['automountServiceAccountToken'];
    const key = `${unit.resource.namespace ?? 'default'}/${unit.resource.name}`;
    facts.set(key, typeof automount === 'boolean' ? { automountServiceAccountToken: automount } : {});
  }
  return facts;
}
