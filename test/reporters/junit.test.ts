import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../src/core/index.js';
import { createReport } from '../../src/core/index.js';
import { renderJunit } from '../../src/reporters/junit.js';
import { escapeXmlAttribute, escapeXmlText } from '../../src/reporters/xml.js';
import { fixtureReport, fixtureRules } from './fixture-report.js';

function junit(report = fixtureReport): string {
  return renderJunit(report, { rules: fixtureRules, color: false });
}

function attributesOf(xml: string, element: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const match of xml.matchAll(new RegExp(`<${element}((?:\\s[\\w-]+="[^"]*")*)\\s*/?>`, 'g'))) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[1] ?? '').matchAll(/(?<name>[\w-]+)="(?<value>[^"]*)"/g))
      attributes[attribute.groups?.['name'] ?? ''] = attribute.groups?.['value'] ?? '';
    found.push(attributes);
  }
  return found;
}

describe('JUnit reporter', () => {
  it('has one testsuite per file, sorted, with counts that add up', () => {
    const xml = junit();
    const suites = attributesOf(xml, 'testsuite');
    assert.deepEqual(
      suites.map((suite) => [
        suite['name'],
        suite['tests'],
        suite['failures'],
        suite['errors'],
        suite['skipped'],
      ]),
      [
        ['.bulwark.yaml', '1', '0', '1', '0'],
        ['Dockerfile', '4', '3', '0', '1'],
        ['compose.yaml', '2', '2', '0', '0'],
        ['deploy/api.yaml', '4', '3', '0', '1'],
        ['deploy/broken.yaml', '1', '0', '1', '0'],
        ['deploy/clean.yaml', '1', '0', '0', '0'],
      ],
    );
    const [root] = attributesOf(xml, 'testsuites');
    assert.deepEqual(
      [root?.['tests'], root?.['failures'], root?.['errors'], root?.['skipped']],
      ['13', '8', '2', '2'],
    );
    assert.equal(attributesOf(xml, 'testcase').length, 13);
    assert.equal(attributesOf(xml, 'failure').length, 8);
    assert.equal(attributesOf(xml, 'skipped').length, 2);
    assert.equal(attributesOf(xml, 'error').length, 2);
  });

  it('puts severity, message, location and remediation in each failure', () => {
    const xml = junit();
    const failure = attributesOf(xml, 'failure').find((attributes) =>
      attributes['message']?.includes('privileged'),
    );
    assert.equal(failure?.['type'], 'critical');
    assert.match(
      xml,
      /deploy\/api\.yaml:21:25 Deployment\/prod\/api\nfield: spec\.template\.spec\.containers\[0\]\.securityContext\.privileged\n/,
    );
    assert.match(xml, /how to fix: Remove `securityContext\.privileged: true`/);
    assert.match(xml, /<skipped message="suppressed \(config\): staging mirror retags nightly"\/>/);
  });

  it('escapes markup, quotes, line breaks and characters XML cannot hold', () => {
    assert.equal(escapeXmlText(`a<b>&c ]]> "q" 'p'`), `a&lt;b&gt;&amp;c ]]&gt; "q" 'p'`);
    assert.equal(escapeXmlAttribute(`"x"\n'y'\t<z>`), '&quot;x&quot;&#10;&apos;y&apos;&#9;&lt;z&gt;');
    assert.equal(
      escapeXmlText('bell\u0007 nul\u0000 lone\uD800 pair\uD83D\uDE00'),
      'bell\uFFFD nul\uFFFD lone\uFFFD pair\uD83D\uDE00',
    );
    const base = fixtureReport.findings[0];
    assert.ok(base);
    const hostile: Finding = { ...base, message: 'x\u0001y</failure><injected/>' };
    const xml = junit(createReport('1.2.3', [], [hostile], []));
    assert.ok(!xml.includes('<injected/>'));
    assert.ok(!xml.includes('\u0001'));
    assert.ok(xml.includes('x\uFFFDy&lt;/failure&gt;&lt;injected/&gt;'));
  });

  it('writes a passing testcase for a clean scan', () => {
    const xml = junit(createReport('1.2.3', [{ type: 'dockerfile', path: 'Dockerfile' }], [], []));
    assert.match(
      xml,
      /<testsuites name="bulwark 1.2.3" tests="1" failures="0" errors="0" skipped="0" time="0">/,
    );
    assert.match(xml, /<testcase name="no findings" classname="bulwark" file="Dockerfile" time="0"\/>/);
  });
});
