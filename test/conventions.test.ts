import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { domains } from '../src/core/index.js';
import { ruleRegistry } from '../src/rules/index.js';
import { fromRoot } from './support/paths.js';

function filesUnder(directory: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(directory).sort()) {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.test)?\.ts$/;
const prefixByDomain: Record<(typeof domains)[number], string> = {
  dockerfile: 'DF',
  compose: 'DC',
  'kubernetes-workload': 'KW',
  'kubernetes-rbac': 'KR',
  'kubernetes-network': 'KN',
  'kubernetes-config': 'KC',
  image: 'IM',
  daemon: 'DH',
  vulnerability: 'VL',
  runtime: 'RT',
};

function isHelperFile(file: string): boolean {
  const base = path.basename(file);
  // `rules/shared/` holds knowledge several rule families share (host paths, capabilities), not rules.
  return (
    base === 'index.ts' ||
    base === 'define-rule.ts' ||
    base.endsWith('-utils.ts') ||
    /[/-]utils\//.test(file) ||
    /\/rules\/shared\//.test(file)
  );
}

describe('project conventions (checked by code, like ESLint checkRuleFiles)', () => {
  const sourceFiles = [
    ...filesUnder(fromRoot('src')),
    ...filesUnder(fromRoot('test')).filter((file) => file.endsWith('.ts')),
  ];

  it('TypeScript file names are kebab-case', () => {
    const bad = sourceFiles.filter((file) => file.endsWith('.ts') && !kebab.test(path.basename(file)));
    assert.deepEqual(bad, []);
  });

  it('no `any` in src', () => {
    const offenders = filesUnder(fromRoot('src')).filter((file) =>
      /:\s*any\b|\bas any\b|<any>/.test(readFileSync(file, 'utf8')),
    );
    assert.deepEqual(offenders, []);
  });

  const ruleFiles = filesUnder(fromRoot('src', 'rules')).filter(
    (file) => file.endsWith('.ts') && !isHelperFile(file),
  );
  const testFiles = filesUnder(fromRoot('test', 'rules')).map((file) => path.basename(file));

  it('every rule file is registered under its slug, and every registered rule has a file', () => {
    const fileSlugs = ruleFiles.map((file) => path.basename(file, '.ts')).sort();
    const ruleSlugs = ruleRegistry.rules.map((rule) => rule.slug).sort();
    assert.deepEqual(fileSlugs, ruleSlugs);
  });

  for (const rule of ruleRegistry.rules) {
    it(`${rule.id} ${rule.slug}: metadata complete, id matches domain, test file exists`, () => {
      assert.ok(
        rule.id.startsWith(prefixByDomain[rule.domain]),
        `${rule.id} should start with ${prefixByDomain[rule.domain]}`,
      );
      assert.ok(rule.title.length > 0 && rule.rationale.length > 20 && rule.remediation.length > 10);
      assert.ok(rule.appliesTo.length > 0);
      assert.ok(Object.keys(rule.messages).length > 0);
      assert.ok(testFiles.includes(`${rule.slug}.test.ts`), `missing test/rules/**/${rule.slug}.test.ts`);
      if (rule.references.pss) assert.equal(rule.domain, 'kubernetes-workload');
    });
  }
});
