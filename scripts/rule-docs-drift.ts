import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GeneratedDoc } from '../src/reporters/rule-docs.js';

/** `docs/rules/` of the repository, from the compiled location `dist/scripts/`. */
export const ruleDocsDirectory = fileURLToPath(new URL('../../docs/rules/', import.meta.url));

export interface RuleDocsDrift {
  /** Pages the generator would write that do not exist. */
  missing: string[];
  /** Pages whose content differs from what the generator would write. */
  stale: string[];
  /** Markdown pages of rules that no longer exist. */
  extra: string[];
}

/** Compares `directory` with the generator's plan; only `.md` files are Bulwark's to judge. */
export function ruleDocsDrift(directory: string, planned: readonly GeneratedDoc[]): RuleDocsDrift {
  const present = existsSync(directory)
    ? readdirSync(directory)
        .filter((name) => name.endsWith('.md'))
        .sort()
    : [];
  const plannedNames = new Set(planned.map((doc) => doc.name));
  const drift: RuleDocsDrift = { missing: [], stale: [], extra: [] };
  for (const doc of planned) {
    if (!present.includes(doc.name)) drift.missing.push(doc.name);
    else if (readFileSync(`${directory}/${doc.name}`, 'utf8') !== doc.content) drift.stale.push(doc.name);
  }
  drift.extra = present.filter((name) => !plannedNames.has(name));
  return drift;
}

export function hasDrift(drift: RuleDocsDrift): boolean {
  return drift.missing.length + drift.stale.length + drift.extra.length > 0;
}
