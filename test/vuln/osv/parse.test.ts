import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchScope, normalisePackageName, parseOsvRecord } from '../../../src/vuln/index.js';

const valid = {
  id: 'GHSA-aaaa-bbbb-cccc',
  modified: '2026-01-01T00:00:00Z',
  aliases: ['CVE-2026-0001'],
  details: 'dropped: matching does not need it',
  affected: [
    {
      package: { ecosystem: 'npm', name: 'left-pad' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.3.0' }] }],
    },
  ],
};

describe('OSV record parsing', () => {
  it('reads a valid record and turns each event into {kind, version}', () => {
    const result = parseOsvRecord(JSON.stringify(valid), 'GHSA-aaaa-bbbb-cccc.json');
    assert.ok(result.ok);
    assert.deepEqual(result.record.affected?.[0]?.ranges?.[0]?.events, [
      { kind: 'introduced', version: '0' },
      { kind: 'fixed', version: '1.3.0' },
    ]);
    assert.equal('details' in result.record, false);
  });

  it('names the file when the text is not JSON', () => {
    const result = parseOsvRecord('{"id": "X",', 'broken.json');
    assert.ok(!result.ok);
    assert.equal(result.error.record, 'broken.json');
    assert.match(result.error.message, /^not JSON/);
  });

  it('names the file and the id when the record breaks the schema', () => {
    const bad = {
      ...valid,
      affected: [
        {
          package: { ecosystem: 'npm', name: 'x' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0', fixed: '1' }] }],
        },
      ],
    };
    const result = parseOsvRecord(JSON.stringify(bad), 'advisories/bad.json');
    assert.ok(!result.ok);
    assert.equal(result.error.record, 'advisories/bad.json (GHSA-aaaa-bbbb-cccc)');
    assert.equal(result.error.id, 'GHSA-aaaa-bbbb-cccc');
    assert.match(
      result.error.message,
      /affected\[0\]\.ranges\[0\]\.events\[0\]: an event must have exactly one/,
    );
  });

  it('rejects a record without modified, and an unknown range type', () => {
    const missing = parseOsvRecord(JSON.stringify({ ...valid, modified: undefined }), 'a.json');
    assert.ok(!missing.ok);
    assert.match(missing.error.message, /modified/);
    const unknownType = parseOsvRecord(
      JSON.stringify({
        ...valid,
        affected: [
          {
            package: { ecosystem: 'npm', name: 'x' },
            ranges: [{ type: 'DATE', events: [{ introduced: '0' }] }],
          },
        ],
      }),
      'b.json',
    );
    assert.ok(!unknownType.ok);
    assert.match(unknownType.error.message, /type/);
  });

  it('normalises PyPI names (PEP 503) and no others', () => {
    assert.equal(normalisePackageName('PyPI', 'Jinja2'), 'jinja2');
    assert.equal(normalisePackageName('PyPI', 'zope.interface__Extra-.x'), 'zope-interface-extra-x');
    assert.equal(normalisePackageName('npm', 'JSONStream'), 'JSONStream');
  });

  it('scopes Red Hat records by product stream, every other ecosystem by itself', () => {
    assert.equal(matchScope('Red Hat:enterprise_linux:9::appstream'), 'Red Hat:enterprise_linux:9');
    assert.equal(matchScope('Red Hat:rhel_eus:9.2::baseos'), 'Red Hat:rhel_eus:9.2');
    assert.equal(matchScope('Debian:12'), 'Debian:12');
    assert.equal(matchScope('Ubuntu:22.04:LTS'), 'Ubuntu:22.04:LTS');
  });
});
