import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding, Report } from '../../src/core/index.js';
import { createReport } from '../../src/core/index.js';
import { escapeRawControls, showControlCharacters } from '../../src/reporters/control-characters.js';
import type { ReportFormat } from '../../src/reporters/index.js';
import { reporters } from '../../src/reporters/index.js';
import { fixtureReport, fixtureRules } from './fixture-report.js';

/** C0 (ESC, BEL, CR, LF, TAB, NUL), DEL and C1 (CSI, NEL) in every text a scanned file can put in a report. */
const nasty = 'a\u001b]0;owned\u0007b\u001b[2Jc\u009b31md\u007fe\rf\ng\th\u0000i\u0085j';

function hostileReport(): Report {
  const base = fixtureReport.findings.find((finding) => finding.ruleId === 'KW001');
  assert.ok(base);
  const finding: Finding = {
    ...base,
    message: `message ${nasty}`,
    resource: { kind: 'Deployment', namespace: `ns${nasty}`, name: `name${nasty}` },
    location: { ...base.location, file: `deploy/${nasty}.yaml`, path: `spec.${nasty}` },
    status: 'suppressed',
    suppression: { source: 'inline', reason: `reason ${nasty}`, expires: `2027${nasty}` },
    note: `note ${nasty}`,
  };
  return createReport(
    '1.2.3',
    [{ type: 'kubernetes', path: `deploy/${nasty}.yaml` }],
    [finding],
    [{ file: `bad${nasty}.yaml`, line: 3, message: `error ${nasty}` }],
  );
}

function render(format: ReportFormat, color = false): string {
  return reporters[format](hostileReport(), { rules: fixtureRules, color });
}

/** Control characters left raw in the output, other than the line feeds and tabs of its own layout. */
function rawControls(text: string, allowed: readonly number[] = [0x0a]): string[] {
  const found: string[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if ((code <= 0x1f || (code >= 0x7f && code <= 0x9f)) && !allowed.includes(code))
      found.push(`U+${code.toString(16).padStart(4, '0')}`);
  }
  return found;
}

describe('control characters in reports', () => {
  it('shows every C0, DEL and C1 control as \\xNN', () => {
    assert.equal(
      showControlCharacters('a\u001b[31mb\u009bc\u007fd\ne\u0000'),
      'a\\x1b[31mb\\x9bc\\x7fd\\x0ae\\x00',
    );
    assert.equal(showControlCharacters('plain ünïcode ✓ 😀'), 'plain ünïcode ✓ 😀');
  });

  it('escapes DEL and C1 in serialised JSON and YAML without changing the data', () => {
    const json = escapeRawControls(JSON.stringify({ text: nasty }), 'json');
    assert.deepEqual(rawControls(json), []);
    assert.deepEqual(JSON.parse(json), { text: nasty });
    assert.equal(escapeRawControls('"a\u009bb\u007f"', 'yaml'), '"a\\x9bb\\x7f"');
  });

  it('table: no text from the report reaches the terminal as a control character', () => {
    const plain = render('table');
    assert.deepEqual(rawControls(plain), []);
    assert.ok(
      plain.includes('message a\\x1b]0;owned\\x07b\\x1b[2Jc\\x9b31md\\x7fe\\x0df\\x0ag\\x09h\\x00i\\x85j'),
    );
    for (const part of ['name', 'ns', 'deploy/', 'spec.', 'reason ', '2027', 'note ', 'bad', 'error '])
      assert.ok(plain.includes(`${part}${showControlCharacters(nasty)}`), part);
    // In colour, the only escape sequences are the table's own SGR codes.
    const sgr = new RegExp(`${String.fromCharCode(0x1b)}\\[[\\d;]*m`, 'g');
    const colored = render('table', true).replaceAll(sgr, '');
    assert.deepEqual(rawControls(colored), []);
  });

  it('HTML: escaped text carries no control characters', () => {
    const html = render('html');
    assert.deepEqual(rawControls(html), []);
    assert.ok(html.includes('message a\\x1b]0;owned\\x07b'));
  });

  it('JUnit: control characters become U+FFFD, C1 and DEL included', () => {
    const xml = render('junit');
    assert.deepEqual(rawControls(xml, [0x0a, 0x09]), []);
    assert.ok(xml.includes('c\uFFFD31md\uFFFDe'));
  });

  for (const format of ['json', 'sarif'] as const) {
    it(`${format}: every control character is a JSON escape and parses back unchanged`, () => {
      const text = render(format);
      assert.deepEqual(rawControls(text), []);
      assert.ok(text.includes('\\u009b31m') && text.includes('\\u007f') && text.includes('\\u001b'));
      assert.ok(JSON.stringify(JSON.parse(text)).includes(JSON.stringify(`message ${nasty}`).slice(1, -1)));
    });
  }

  it('policy-report: every control character is a YAML escape', () => {
    assert.deepEqual(rawControls(render('policy-report')), []);
  });
});
