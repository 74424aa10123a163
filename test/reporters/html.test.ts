import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import type { Finding } from '../../src/core/index.js';
import { createReport } from '../../src/core/index.js';
import { renderHtml } from '../../src/reporters/html/render.js';
import { fixtureReport, fixtureRules } from './fixture-report.js';

function html(report = fixtureReport): string {
  return renderHtml(report, { rules: fixtureRules, color: false });
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

function hostile(): Finding {
  const base = fixtureReport.findings[0];
  assert.ok(base);
  return {
    ...base,
    ruleId: 'KW020',
    slug: 'x"><img src=x onerror=alert(1)>',
    title: '</title><script>alert(2)</script>',
    message: '<script>alert(document.cookie)</script> & "quotes" \'single\'',
    location: { file: `a"b'<c>.yaml`, startLine: 1, path: 'metadata["<x>"]' },
    resource: { kind: '<Kind>', namespace: '"ns"', name: "n'ame" },
    note: '<b>not bold</b>',
  };
}

describe('HTML reporter', () => {
  it('escapes every value from the report: a <script> message is text', () => {
    const page = html(createReport('1.2.3', [{ type: 'kubernetes', path: `a"b'<c>.yaml` }], [hostile()], []));
    assert.equal(occurrences(page, '<script'), 1, 'only the page script');
    assert.equal(occurrences(page, '</script>'), 1);
    assert.ok(!page.includes('<img'), 'no element from a slug');
    assert.ok(!page.includes('<b>not bold'), 'no element from a note');
    assert.ok(
      page.includes(
        '&lt;script&gt;alert(document.cookie)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;',
      ),
    );
    assert.ok(page.includes(`data-file="a&quot;b&#39;&lt;c&gt;.yaml"`));
    assert.ok(page.includes('&lt;Kind&gt;/<strong>n&#39;ame</strong>'));
  });

  it('links only http(s) references', () => {
    const page = html();
    assert.ok(page.includes('javascript:alert(1)'), 'shown as text');
    assert.ok(!/href="javascript:/i.test(page));
    assert.ok(
      page.includes(
        '<a href="https://attack.mitre.org/techniques/T1552/007/" rel="noopener noreferrer" target="_blank">',
      ),
    );
  });

  it('is self-contained: nothing to load, a CSP that forbids loading, hashes that match', () => {
    const page = html();
    assert.ok(!/\ssrc=/i.test(page), 'no src attributes');
    assert.ok(!/<link[^>]+stylesheet/i.test(page), 'no external stylesheet');
    assert.ok(!/url\(/i.test(page), 'no CSS url()');
    for (const match of page.matchAll(/<link[^>]*href="(?<href>[^"]*)"/g))
      assert.equal(match.groups?.['href'], 'data:,', 'only the empty favicon');
    const csp =
      /http-equiv="Content-Security-Policy" content="(?<policy>[^"]+)"/.exec(page)?.groups?.['policy'] ?? '';
    assert.ok(csp.startsWith('default-src &#39;none&#39;'));
    const script = /<script>(?<body>[\s\S]*?)<\/script>/.exec(page)?.groups?.['body'] ?? '';
    const style = /<style>(?<body>[\s\S]*?)<\/style>/.exec(page)?.groups?.['body'] ?? '';
    const hash = (text: string) => createHash('sha256').update(text).digest('base64');
    assert.ok(csp.includes(`script-src &#39;sha256-${hash(script)}&#39;`));
    assert.ok(csp.includes(`style-src &#39;sha256-${hash(style)}&#39;`));
    assert.ok(!/\sstyle="/.test(page), 'no inline style attributes (the CSP would block them)');
    assert.ok(!/\son[a-z]+="/.test(page), 'no inline event handlers');
  });

  it('shows file:line, resource, field path, message, remediation, references and suppression', () => {
    const page = html();
    const body = page.slice(page.indexOf('data-rule="KW001"'));
    const kw001 = body.slice(0, body.indexOf('</tbody>'));
    for (const part of [
      'deploy/api.yaml:21:25',
      'Deployment/<strong>api</strong><div class="namespace">namespace prod</div>',
      'spec.template.spec.containers[0].securityContext.privileged',
      'container &quot;app&quot; runs privileged',
      'How to fix</span>Remove <code>securityContext.privileged: true</code>',
      'Pod Security Standards (baseline): privileged',
    ])
      assert.ok(kw001.includes(part), part);
    assert.ok(page.includes('Suppressed (inline, expires 2027-01-31): vendor publishes no checksum'));
    assert.ok(page.includes('suppression (annotation) expired on 2025-06-30'));
    assert.ok(page.includes('<h2 id="errors-title">Errors (2)</h2>'));
    assert.ok(page.includes('<option value="KW001">KW001 privileged-container (1)</option>'));
    assert.ok(page.includes('<option value="deploy/api.yaml">deploy/api.yaml (4)</option>'));
  });

  it('renders an empty report without a table or an errors section', () => {
    const page = html(createReport('1.2.3', [{ type: 'dockerfile', path: 'Dockerfile' }], [], []));
    assert.ok(page.includes('No findings.'));
    assert.ok(!page.includes('<table class="findings">'));
    assert.ok(!page.includes('id="errors"'));
    assert.ok(page.includes('Showing 0 of 0 findings'));
  });

  it('is byte-stable', () => {
    assert.equal(html(), html(structuredClone(fixtureReport)));
  });
});
