// Writes docs/rules/<ID>.md for every registered rule and docs/rules/README.md (the catalogue), and removes the
// pages of rules that no longer exist. `npm run docs` runs it; with --check it only reports drift (exit 1).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ruleDocFiles } from '../src/reporters/rule-docs.js';
import { ruleRegistry } from '../src/rules/index.js';
import { hasDrift, ruleDocsDirectory, ruleDocsDrift } from './rule-docs-drift.js';

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const planned = ruleDocFiles(ruleRegistry.rules);
  const drift = ruleDocsDrift(ruleDocsDirectory, planned);
  const relative = path.relative(process.cwd(), ruleDocsDirectory) || '.';
  if (!hasDrift(drift)) {
    console.log(`${relative}: ${planned.length} files up to date`);
    return 0;
  }
  if (check) {
    console.error(`${relative} is out of date; run \`npm run docs\``);
    for (const name of drift.missing) console.error(`  missing ${name}`);
    for (const name of drift.stale) console.error(`  stale   ${name}`);
    for (const name of drift.extra) console.error(`  extra   ${name}`);
    return 1;
  }
  mkdirSync(ruleDocsDirectory, { recursive: true });
  const changed = new Set([...drift.missing, ...drift.stale]);
  for (const doc of planned)
    if (changed.has(doc.name)) writeFileSync(path.join(ruleDocsDirectory, doc.name), doc.content);
  for (const name of drift.extra) rmSync(path.join(ruleDocsDirectory, name));
  console.log(
    `${relative}: ${drift.missing.length} added, ${drift.stale.length} updated, ${drift.extra.length} removed`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
