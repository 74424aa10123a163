import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Finding, Report } from '../../src/core/index.js';
import { createReport, toSecuritySeverity } from '../../src/core/index.js';
import { artifactLocationOf, renderSarif, sarifFingerprintKey } from '../../src/reporters/sarif.js';
import { fromRoot } from '../support/paths.js';
import { fixtureReport, fixtureRules } from './fixture-report.js';
import type { SarifLog } from './sarif-schema.js';
import { sarifLog } from './sarif-schema.js';

function parse(text: string): SarifLog {
  const parsed = sarifLog.safeParse(JSON.parse(text));
  if (!parsed.success) assert.fail(`not valid SARIF 2.1.0:\n${JSON.stringify(parsed.error.issues, null, 2)}`);
  return parsed.data;
}

function firstRun(log: SarifLog) {
  const run = log.runs?.[0];
  if (run === undefined) return assert.fail('no run');
  return run;
}

function render(report: Report = fixtureReport) {
  return parse(renderSarif(report, { rules: fixtureRules, color: false }));
}

const golden = fromRoot('test', 'golden', 'report.sarif');

describe('SARIF reporter', () => {
  it('writes a golden file that validates against the SARIF 2.1.0 schema', () => {
    const text = existsSync(golden)
      ? readFileSync(golden, 'utf8')
      : renderSarif(fixtureReport, { rules: fixtureRules, color: false });
    const log = parse(text);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs?.length, 1);
  });

  it('the schema check rejects what GitHub would reject', () => {
    const good: unknown = JSON.parse(renderSarif(fixtureReport, { rules: fixtureRules, color: false }));
    const broken = [
      (log: SarifLog) => {
        const region = log.runs?.[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.region;
        if (region) region.startLine = 0;
      },
      (log: SarifLog) => {
        const result = log.runs?.[0]?.results?.[0];
        if (result) Object.assign(result, { suppressions: [{ kind: 'ignored' }] });
      },
      (log: SarifLog) => {
        const driver = log.runs?.[0]?.tool.driver;
        if (driver) Object.assign(driver, { informationUri: 'not a uri' });
      },
      (log: SarifLog) => Object.assign(log, { version: '2.0.0' }),
      (log: SarifLog) => {
        const result = log.runs?.[0]?.results?.[0];
        if (result) Object.assign(result, { unknownProperty: true });
      },
    ];
    for (const breakIt of broken) {
      const copy = structuredClone(good) as SarifLog; // a deep copy of data that just passed the schema
      breakIt(copy);
      assert.equal(sarifLog.safeParse(copy).success, false, breakIt.toString());
    }
  });

  it('meets GitHub code scanning ingestion rules', () => {
    const run = firstRun(render());
    const driver = run.tool.driver;
    assert.equal(driver.name, 'bulwark');
    assert.equal(driver.version, '1.2.3');
    assert.ok(driver.informationUri);
    const rules = driver.rules ?? [];
    assert.ok(rules.length <= 25_000);
    for (const rule of rules) {
      assert.ok(rule.name !== undefined && rule.name.length > 0 && rule.name.length <= 255, rule.id);
      assert.ok(rule.shortDescription && rule.shortDescription.text.length <= 1024, rule.id);
      assert.ok(rule.fullDescription && rule.fullDescription.text.length <= 1024, rule.id);
      assert.ok(rule.help && rule.help.text.length > 0 && rule.help.markdown, rule.id);
      assert.ok(rule.helpUri, rule.id);
      const tags = rule.properties?.tags ?? [];
      assert.ok(tags.includes('security') && tags.length <= 20, rule.id);
      const score = Number(rule.properties?.['security-severity']);
      assert.ok(score >= 0 && score <= 10, rule.id);
    }
    const results = run.results ?? [];
    assert.ok(results.length <= 25_000);
    for (const result of results) {
      assert.ok(result.message.text, 'message.text is required');
      const locations = result.locations ?? [];
      assert.ok(locations.length >= 1 && locations.length <= 10);
      const uri = locations[0]?.physicalLocation?.artifactLocation.uri;
      assert.ok(uri !== undefined && !uri.includes('\\') && !uri.startsWith('/'), uri);
      assert.equal(locations[0]?.physicalLocation?.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.ok(result.partialFingerprints?.[sarifFingerprintKey]);
    }
  });

  it('describes exactly the rules that have results, sorted, and indexes them', () => {
    const run = firstRun(render());
    const ids = (run.tool.driver.rules ?? []).map((rule) => rule.id);
    const withResults = [...new Set(fixtureReport.findings.map((finding) => finding.ruleId))].sort();
    assert.deepEqual(ids, withResults);
    assert.ok(!ids.includes('KW040'), 'a rule without results has no descriptor');
    for (const result of run.results ?? []) assert.equal(ids[result.ruleIndex ?? -1], result.ruleId);
    const kw001 = run.tool.driver.rules?.find((rule) => rule.id === 'KW001');
    assert.equal(kw001?.name, 'privileged-container');
    assert.equal(kw001?.shortDescription?.text, 'Privileged container');
    assert.equal(kw001?.defaultConfiguration?.level, 'error');
    assert.equal(kw001?.properties?.['security-severity'], '9.5');
    assert.deepEqual(kw001?.properties?.tags, [
      'security',
      'kubernetes-workload',
      'pss-baseline',
      'cis',
      'external/mitre/t1611',
    ]);
    assert.match(
      kw001?.help?.markdown ?? '',
      /\*\*How to fix\.\*\* Remove `securityContext\.privileged: true`/,
    );
  });

  it('maps results: level, message, region, fingerprint, suppressions', () => {
    const run = firstRun(render());
    const results = run.results ?? [];
    assert.equal(results.length, fixtureReport.findings.length);
    for (const [index, result] of results.entries()) {
      const finding = fixtureReport.findings[index];
      assert.equal(result.ruleId, finding?.ruleId, 'results keep the report order');
      assert.equal(result.partialFingerprints?.[sarifFingerprintKey], finding?.fingerprint);
    }
    const byRule = (id: string) => results.find((result) => result.ruleId === id);
    assert.deepEqual(byRule('KW001')?.locations?.[0]?.physicalLocation, {
      artifactLocation: { uri: 'deploy/api.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 21, startColumn: 25, endLine: 21, endColumn: 29 },
    });
    assert.equal(byRule('KW001')?.level, 'error');
    assert.equal(byRule('KW012')?.level, 'warning');
    assert.equal(byRule('DF020')?.level, 'note');
    assert.equal(byRule('DC015')?.level, 'note');
    assert.equal(
      byRule('DC015')?.locations?.[0]?.physicalLocation?.region,
      undefined,
      'no region without a line',
    );
    assert.match(byRule('KW012')?.message.text ?? '', /expired on 2025-06-30/);
    assert.match(
      byRule('KW020')?.message.text ?? '',
      /<script>alert\("owned"\)<\/script>/,
      'plain text, unescaped',
    );
    assert.deepEqual(byRule('DF031')?.suppressions, [
      {
        kind: 'inSource',
        justification: 'vendor publishes no checksum; tracked in SEC-142 (expires 2027-01-31)',
      },
    ]);
    assert.deepEqual(byRule('KW030')?.suppressions, [
      { kind: 'external', justification: 'staging mirror retags nightly' },
    ]);
    assert.equal(byRule('KW001')?.suppressions, undefined);
  });

  it('reports input errors as tool execution notifications', () => {
    const run = firstRun(render());
    const notifications = run.invocations?.[0]?.toolExecutionNotifications ?? [];
    assert.equal(run.invocations?.[0]?.executionSuccessful, true);
    assert.deepEqual(
      notifications.map((notification) => [notification.level, notification.message.text]),
      fixtureReport.errors.map((error) => ['error', error.message]),
    );
    const broken = notifications.find((notification) => (notification.message.text ?? '').startsWith('YAML'));
    assert.deepEqual(broken?.locations?.[0]?.physicalLocation?.region, { startLine: 4, startColumn: 7 });
  });

  it('writes relative URIs with forward slashes and percent-encoding', () => {
    assert.deepEqual(artifactLocationOf('k8s\\prod\\app.yaml'), {
      uri: 'k8s/prod/app.yaml',
      uriBaseId: '%SRCROOT%',
    });
    assert.deepEqual(artifactLocationOf('./my app/Dockerfile#1'), {
      uri: 'my%20app/Dockerfile%231',
      uriBaseId: '%SRCROOT%',
    });
    assert.deepEqual(artifactLocationOf('/srv/repo/compose.yaml'), { uri: 'file:///srv/repo/compose.yaml' });
    assert.deepEqual(artifactLocationOf('C:\\work\\deploy.yaml'), { uri: 'file:///C:/work/deploy.yaml' });
  });

  it('ranks a rule by the severity its findings carry and survives an unknown rule', () => {
    const base = fixtureReport.findings.find((finding) => finding.ruleId === 'DF020');
    assert.ok(base);
    const raised: Finding = { ...base, severity: 'critical' };
    const stranger: Finding = { ...base, ruleId: 'DF999', slug: 'from-the-future', title: 'Unknown rule' };
    const report = createReport('1.2.3', fixtureReport.targets, [raised, stranger], []);
    const run = firstRun(render(report));
    const df020 = run.tool.driver.rules?.find((rule) => rule.id === 'DF020');
    assert.equal(df020?.properties?.['security-severity'], toSecuritySeverity('critical'));
    assert.equal(df020?.defaultConfiguration?.level, 'note', 'the default stays the rule default');
    const unknown = run.tool.driver.rules?.find((rule) => rule.id === 'DF999');
    assert.equal(unknown?.name, 'from-the-future');
    assert.equal(run.results?.find((result) => result.ruleId === 'DF999')?.ruleIndex, 1);
  });

  it('omits the region when a location has no line, and an end that precedes the start', () => {
    const base = fixtureReport.findings[0];
    assert.ok(base);
    const odd: Finding = {
      ...base,
      location: { file: 'x.yaml', startLine: 3, startColumn: 9, endLine: 3, endColumn: 2 },
    };
    const run = firstRun(render(createReport('1.2.3', [], [odd], [])));
    assert.deepEqual(run.results?.[0]?.locations?.[0]?.physicalLocation?.region, {
      startLine: 3,
      startColumn: 9,
      endLine: 3,
    });
  });
});
