import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { renderRuleCatalogue, renderRuleMarkdown, ruleDocFiles } from '../../src/reporters/rule-docs.js';
import { ruleRegistry } from '../../src/rules/index.js';
import { ruleDocsDirectory, ruleDocsDrift } from '../../scripts/rule-docs-drift.js';
import { fixtureRules } from '../reporters/fixture-report.js';

describe('generated rule docs', () => {
  it('docs/rules matches what `npm run docs` would write now', () => {
    const drift = ruleDocsDrift(ruleDocsDirectory, ruleDocFiles(ruleRegistry.rules));
    const lines = [
      ...drift.missing.map((name) => `missing ${name}`),
      ...drift.stale.map((name) => `stale   ${name}`),
      ...drift.extra.map((name) => `extra   ${name} (its rule no longer exists)`),
    ];
    assert.deepEqual(lines, [], `docs/rules is out of date; run \`npm run docs\`:\n  ${lines.join('\n  ')}`);
  });

  it('plans a page per rule plus the catalogue, each marked as generated', () => {
    const files = ruleDocFiles(fixtureRules);
    assert.deepEqual(
      files.map((file) => file.name),
      [...fixtureRules.map((rule) => `${rule.id}.md`), 'README.md'].sort(),
    );
    for (const file of files)
      assert.match(file.content, /^<!-- Generated from the rule metadata by `npm run docs`/);
    const catalogue = files.find((file) => file.name === 'README.md')?.content ?? '';
    for (const rule of fixtureRules) assert.ok(catalogue.includes(`[${rule.id}](${rule.id}.md)`), rule.id);
  });

  it('renders a rule page with why, fix, messages, references and how to suppress', () => {
    const rule = fixtureRules.find((candidate) => candidate.id === 'KW001');
    assert.ok(rule);
    const page = renderRuleMarkdown(rule);
    assert.ok(page.startsWith('# KW001 privileged-container\n'));
    for (const part of [
      '## Why',
      rule.rationale,
      '## How to fix',
      rule.remediation,
      '- `default`: Privileged container',
      '- [Pod Security Standards (baseline): privileged](https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline)',
      '- [MITRE ATT&CK T1611](https://attack.mitre.org/techniques/T1611/)',
      `# bulwark:ignore KW001 reason="…" expires=YYYY-MM-DD`,
      'bulwark.dev/ignore: "KW001 -- reason"',
    ])
      assert.ok(page.includes(part), part);
    const dockerfileRule = fixtureRules.find((candidate) => candidate.target === 'dockerfile');
    assert.ok(dockerfileRule);
    assert.ok(
      !renderRuleMarkdown(dockerfileRule).includes('annotations'),
      'no annotation for a Dockerfile rule',
    );
  });

  it('groups the catalogue by domain and escapes table cells', () => {
    const base = fixtureRules[0];
    assert.ok(base);
    const catalogue = renderRuleCatalogue([...fixtureRules, { ...base, id: 'DC099', title: 'a | b' }]);
    assert.ok(catalogue.indexOf('## Compose and docker run') < catalogue.indexOf('## Kubernetes workloads'));
    assert.ok(catalogue.includes('a \\| b'));
    assert.match(catalogue, /^12 rules, 1 of them opt-in\./m);
  });

  it('names missing, stale and extra pages', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'bulwark-docs-'));
    try {
      const planned = ruleDocFiles(fixtureRules.slice(0, 2));
      const [first, second] = planned;
      assert.ok(first && second);
      writeFileSync(path.join(directory, first.name), first.content);
      writeFileSync(path.join(directory, second.name), `${second.content}edited by hand\n`);
      writeFileSync(path.join(directory, 'XX999.md'), 'a removed rule');
      writeFileSync(path.join(directory, 'diagram.png'), 'not a page');
      assert.deepEqual(ruleDocsDrift(directory, planned), {
        missing: planned.slice(2).map((doc) => doc.name),
        stale: [second.name],
        extra: ['XX999.md'],
      });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
