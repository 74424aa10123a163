import type { RuleMeta } from './rule.js';
import { ruleMatchesId } from './rule.js';

export interface Registry<R extends RuleMeta> {
  readonly rules: readonly R[];
  find(idOrAlias: string): R | undefined;
}

const idPattern = /^(?:DF|DC|KW|KR|KN|KC|DH|IM|VL|RT)\d{3}$/;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Builds the registry, refusing duplicate ids, slugs or aliases and malformed ids, so a bad rule never ships. */
export function createRegistry<R extends RuleMeta>(rules: readonly R[]): Registry<R> {
  const seen = new Map<string, string>();
  for (const rule of rules) {
    if (!idPattern.test(rule.id)) throw new Error(`rule id ${rule.id} does not match <PREFIX><NNN>`);
    if (!slugPattern.test(rule.slug)) throw new Error(`rule ${rule.id} has a slug that is not kebab-case`);
    for (const key of [rule.id, rule.slug, ...(rule.aliases ?? [])]) {
      const owner = seen.get(key);
      if (owner !== undefined) throw new Error(`rule ${rule.id} reuses ${key}, already taken by ${owner}`);
      seen.set(key, rule.id);
    }
  }
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    rules: sorted,
    find(idOrAlias) {
      return sorted.find((rule) => ruleMatchesId(rule, idOrAlias));
    },
  };
}
