import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Inventory, OperatingSystem, PackageRecord } from '../../../src/core/index.js';
import type { OsvRecord } from '../../../src/vuln/index.js';
import { matchInventory, memoryDatabase, OsvRecord as OsvRecordSchema } from '../../../src/vuln/index.js';

function record(json: unknown): OsvRecord {
  return OsvRecordSchema.parse(json);
}

function ecosystemRange(events: Record<string, string>[]) {
  return [{ type: 'ECOSYSTEM', events }];
}

const debian12: OperatingSystem = {
  id: 'debian',
  versionId: '12',
  prettyName: 'Debian GNU/Linux 12 (bookworm)',
};

function deb(name: string, version: string, source?: { name: string; version?: string }): PackageRecord {
  return {
    type: 'deb',
    name,
    version,
    ...(source === undefined ? {} : { source }),
    purl: `pkg:deb/debian/${name}@${encodeURIComponent(version)}?arch=amd64&distro=debian-12`,
    file: '/var/lib/dpkg/status',
  };
}

function npm(name: string, version: string): PackageRecord {
  return { type: 'npm', name, version, purl: `pkg:npm/${name}@${version}`, file: 'package-lock.json' };
}

/** A Debian tracker record and a GHSA that both describe CVE-2026-1000 (through `upstream` and `aliases`). */
const sameIssue = [
  record({
    id: 'DEBIAN-CVE-2026-1000',
    modified: '2026-01-01T00:00:00Z',
    upstream: ['CVE-2026-1000'],
    summary: 'expat: tracker summary',
    affected: [
      {
        package: { ecosystem: 'Debian:12', name: 'expat' },
        ranges: ecosystemRange([{ introduced: '0' }, { fixed: '2.5.0-1+deb12u2' }]),
        ecosystem_specific: { urgency: 'low' },
      },
    ],
  }),
  record({
    id: 'GHSA-exp1-exp2-exp3',
    modified: '2026-01-01T00:00:00Z',
    aliases: ['CVE-2026-1000'],
    summary: 'expat: advisory summary',
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    affected: [
      {
        package: { ecosystem: 'Debian:12', name: 'expat' },
        ranges: ecosystemRange([{ introduced: '0' }, { fixed: '2.5.0-1+deb12u1' }]),
      },
    ],
  }),
];

describe('matching an inventory', () => {
  it('reports one CVE once per package when a DEBIAN- record and a GHSA describe it', () => {
    const database = memoryDatabase(sameIssue);
    const inventory: Inventory = { os: debian12, packages: [deb('libexpat1', '2.5.0-1', { name: 'expat' })] };
    const { matches, notes } = matchInventory(inventory, database);
    assert.deepEqual(notes, []);
    assert.equal(matches.length, 1);
    const [match] = matches;
    assert.equal(match?.id, 'CVE-2026-1000');
    assert.deepEqual(match?.records, ['DEBIAN-CVE-2026-1000', 'GHSA-exp1-exp2-exp3']);
    assert.deepEqual(match?.aliases, ['DEBIAN-CVE-2026-1000', 'GHSA-exp1-exp2-exp3']);
    assert.equal(match?.ecosystem, 'Debian:12');
    assert.equal(match?.installedVersion, '2.5.0-1');
    assert.equal(match?.fixedVersion, '2.5.0-1+deb12u1', 'the lowest fix above the installed version');
    assert.equal(match?.status, 'fixed');
    assert.equal(match?.cvss?.version, '3.1', 'CVSS from the GHSA beats the Debian urgency');
    assert.equal(
      match?.summary,
      'expat: tracker summary',
      'no record is the CVE itself: the first record id with a summary',
    );
  });

  it('reports each record that still matches after a partial fix', () => {
    const database = memoryDatabase(sameIssue);
    const inventory: Inventory = {
      os: debian12,
      packages: [deb('libexpat1', '2.5.0-1+deb12u1', { name: 'expat' })],
    };
    const { matches } = matchInventory(inventory, database);
    assert.deepEqual(
      matches.map((match) => [match.id, match.records, match.fixedVersion, match.severity]),
      [['CVE-2026-1000', ['DEBIAN-CVE-2026-1000'], '2.5.0-1+deb12u2', 'low']],
    );
  });

  it('never reports a withdrawn record', () => {
    const database = memoryDatabase([
      record({
        id: 'GHSA-with-draw-n000',
        modified: '2026-01-01T00:00:00Z',
        withdrawn: '2026-01-02T00:00:00Z',
        affected: [
          { package: { ecosystem: 'npm', name: 'ms' }, ranges: ecosystemRange([{ introduced: '0' }]) },
        ],
      }),
    ]);
    assert.deepEqual(matchInventory({ packages: [npm('ms', '2.0.0')] }, database).matches, []);
  });

  it('treats last_affected as inclusive and has no fixed version for it', () => {
    const database = memoryDatabase([
      record({
        id: 'GHSA-last-affe-cted',
        modified: '2026-01-01T00:00:00Z',
        affected: [
          {
            package: { ecosystem: 'npm', name: 'ip' },
            ranges: ecosystemRange([{ introduced: '1.0.0' }, { last_affected: '2.0.1' }]),
          },
        ],
      }),
    ]);
    const verdicts = ['0.9.0', '1.0.0', '2.0.1', '2.0.2'].map((version) => {
      const { matches } = matchInventory({ packages: [npm('ip', version)] }, database);
      return [version, matches.map((match) => match.status)];
    });
    assert.deepEqual(verdicts, [
      ['0.9.0', []],
      ['1.0.0', ['no-fix']],
      ['2.0.1', ['no-fix']],
      ['2.0.2', []],
    ]);
  });

  it('sorts events by version before evaluating them', () => {
    const database = memoryDatabase([
      record({
        id: 'GHSA-unso-rted-evts',
        modified: '2026-01-01T00:00:00Z',
        affected: [
          {
            package: { ecosystem: 'npm', name: 'rails-like' },
            ranges: ecosystemRange([
              { fixed: '3.2.22' },
              { introduced: '4.2.0' },
              { introduced: '3.2.0' },
              { fixed: '4.2.2' },
              { fixed: '4.1.11' },
              { introduced: '4.0.0' },
            ]),
          },
        ],
      }),
    ]);
    const verdicts = ['3.1.0', '3.2.5', '3.2.22', '4.1.0', '4.1.11', '4.2.1', '4.2.2'].map((version) => {
      const match = matchInventory({ packages: [npm('rails-like', version)] }, database).matches[0];
      return [version, match?.fixedVersion ?? '-'];
    });
    assert.deepEqual(verdicts, [
      ['3.1.0', '-'],
      ['3.2.5', '3.2.22'],
      ['3.2.22', '-'],
      ['4.1.0', '4.1.11'],
      ['4.1.11', '-'],
      ['4.2.1', '4.2.2'],
      ['4.2.2', '-'],
    ]);
  });

  it('matches the exact versions[] list, also without ranges', () => {
    const database = memoryDatabase([
      record({
        id: 'OSV-2026-0001',
        modified: '2026-01-01T00:00:00Z',
        affected: [
          {
            package: { ecosystem: 'npm', name: 'event-stream' },
            ranges: [
              { type: 'GIT', repo: 'https://example.invalid/repo.git', events: [{ introduced: 'abc' }] },
            ],
            versions: ['3.3.6'],
          },
        ],
      }),
    ]);
    assert.deepEqual(
      matchInventory({ packages: [npm('event-stream', '3.3.6')] }, database).matches.map((match) => match.id),
      ['OSV-2026-0001'],
    );
    assert.deepEqual(matchInventory({ packages: [npm('event-stream', '3.3.5')] }, database).matches, []);
  });

  it('honours limit events', () => {
    const database = memoryDatabase([
      record({
        id: 'OSV-2026-0002',
        modified: '2026-01-01T00:00:00Z',
        affected: [
          {
            package: { ecosystem: 'npm', name: 'limited' },
            ranges: ecosystemRange([{ introduced: '1.0.0' }, { limit: '2.0.0' }]),
          },
        ],
      }),
    ]);
    const hit = (version: string) =>
      matchInventory({ packages: [npm('limited', version)] }, database).matches.length;
    assert.deepEqual([hit('0.5.0'), hit('1.5.0'), hit('2.0.0')], [0, 1, 0]);
  });

  it('drops vulnerabilities without a fix when asked to ignore unfixed ones', () => {
    const database = memoryDatabase([
      record({
        id: 'DEBIAN-CVE-2026-2000',
        modified: '2026-01-01T00:00:00Z',
        upstream: ['CVE-2026-2000'],
        affected: [
          { package: { ecosystem: 'Debian:12', name: 'tar' }, ranges: ecosystemRange([{ introduced: '0' }]) },
        ],
      }),
      record({
        id: 'DEBIAN-CVE-2026-2001',
        modified: '2026-01-01T00:00:00Z',
        upstream: ['CVE-2026-2001'],
        affected: [
          {
            package: { ecosystem: 'Debian:12', name: 'tar' },
            ranges: ecosystemRange([{ introduced: '0' }, { fixed: '1.34+dfsg-1.2+deb12u1' }]),
          },
        ],
      }),
    ]);
    const inventory: Inventory = { os: debian12, packages: [deb('tar', '1.34+dfsg-1.2')] };
    assert.deepEqual(
      matchInventory(inventory, database).matches.map((match) => [match.id, match.status]),
      [
        ['CVE-2026-2000', 'no-fix'],
        ['CVE-2026-2001', 'fixed'],
      ],
    );
    assert.deepEqual(
      matchInventory(inventory, database, { ignoreUnfixed: true }).matches.map((match) => match.id),
      ['CVE-2026-2001'],
    );
  });

  it('uses the source version of a binNMU binary', () => {
    const database = memoryDatabase([
      record({
        id: 'DEBIAN-CVE-2026-3000',
        modified: '2026-01-01T00:00:00Z',
        affected: [
          {
            package: { ecosystem: 'Debian:12', name: 'bash' },
            ranges: ecosystemRange([{ introduced: '0' }, { fixed: '5.2.15-2+deb12u1' }]),
          },
        ],
      }),
    ]);
    const inventory: Inventory = {
      os: debian12,
      packages: [deb('bash', '5.2.15-2+b7', { name: 'bash', version: '5.2.15-2' })],
    };
    const [match] = matchInventory(inventory, database).matches;
    assert.equal(match?.installedVersion, '5.2.15-2');
    assert.equal(match?.package.version, '5.2.15-2+b7');
  });

  it('chooses severity: CVSS v3 over v4 and v2, then the advisory word, then the Debian urgency, else medium', () => {
    function severityOf(fields: Record<string, unknown>, affectedExtra: Record<string, unknown> = {}) {
      const database = memoryDatabase([
        record({
          id: 'GHSA-seve-rity-0000',
          modified: '2026-01-01T00:00:00Z',
          ...fields,
          affected: [
            {
              package: { ecosystem: 'npm', name: 'x' },
              ranges: ecosystemRange([{ introduced: '0' }]),
              ...affectedExtra,
            },
          ],
        }),
      ]);
      const [match] = matchInventory({ packages: [npm('x', '1.0.0')] }, database).matches;
      return [match?.severity, match?.cvss?.version];
    }
    assert.deepEqual(
      severityOf({
        severity: [
          { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' },
          { type: 'CVSS_V3', score: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H' },
        ],
      })[1],
      '3.1',
    );
    assert.deepEqual(
      severityOf({ severity: [{ type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' }] })[1],
      '2.0',
    );
    assert.deepEqual(severityOf({ database_specific: { severity: 'MODERATE' } }), ['medium', undefined]);
    assert.deepEqual(severityOf({ database_specific: { severity: 'CRITICAL' } }), ['critical', undefined]);
    assert.deepEqual(severityOf({}, { ecosystem_specific: { urgency: 'unimportant' } }), ['low', undefined]);
    assert.deepEqual(severityOf({}, { ecosystem_specific: { urgency: 'high**' } }), ['high', undefined]);
    assert.deepEqual(severityOf({}, { ecosystem_specific: { urgency: 'not yet assigned' } }), [
      'medium',
      undefined,
    ]);
    assert.deepEqual(severityOf({ severity: [{ type: 'Ubuntu', score: 'negligible' }] }), ['low', undefined]);
  });

  it('notes packages it cannot place in a release and never falls back to a bare ecosystem', () => {
    const database = memoryDatabase([
      record({
        id: 'DEBIAN-CVE-2026-4000',
        modified: '2026-01-01T00:00:00Z',
        affected: [
          { package: { ecosystem: 'Debian', name: 'zlib' }, ranges: ecosystemRange([{ introduced: '0' }]) },
        ],
      }),
    ]);
    const sid: Inventory = {
      os: { id: 'debian', versionCodename: 'trixie' },
      packages: [deb('zlib1g', '1:1.3', { name: 'zlib' })],
    };
    const result = matchInventory(sid, database);
    assert.deepEqual(result.matches, []);
    assert.deepEqual(result.notes, [
      '1 package not checked: no release-scoped vulnerability data for debian',
    ]);
    const noOs = matchInventory({ packages: [deb('zlib1g', '1:1.3', { name: 'zlib' })] }, database);
    assert.match(noOs.notes[0] ?? '', /no operating system/);
  });

  it('notes a version the ecosystem cannot read instead of guessing', () => {
    const database = memoryDatabase([
      record({
        id: 'GHSA-inva-lid0-vers',
        modified: '2026-01-01T00:00:00Z',
        affected: [
          { package: { ecosystem: 'npm', name: 'x' }, ranges: ecosystemRange([{ introduced: '0' }]) },
        ],
      }),
    ]);
    const result = matchInventory({ packages: [npm('x', 'not a version')] }, database);
    assert.deepEqual(result.matches, []);
    assert.deepEqual(result.notes, ['x@not a version: not a valid npm version; not checked']);
  });

  it('matches RPMs under the Red Hat product stream by binary or source name, in every repository', () => {
    const database = memoryDatabase([
      record({
        id: 'RHSA-2026:0001',
        modified: '2026-01-01T00:00:00Z',
        upstream: ['CVE-2026-5000'],
        affected: [
          {
            package: { ecosystem: 'Red Hat:enterprise_linux:9::baseos', name: 'openssl-libs' },
            ranges: ecosystemRange([{ introduced: '0' }, { fixed: '1:3.0.7-27.el9' }]),
          },
        ],
      }),
    ]);
    const rpm: PackageRecord = {
      type: 'rpm',
      name: 'openssl-libs',
      version: '1:3.0.7-24.el9',
      source: { name: 'openssl' },
      purl: 'pkg:rpm/redhat/openssl-libs@3.0.7-24.el9?epoch=1',
      file: '/var/lib/rpm/rpmdb.sqlite',
    };
    const { matches } = matchInventory({ os: { id: 'rhel', versionId: '9.4' }, packages: [rpm] }, database);
    assert.deepEqual(
      matches.map((match) => [match.id, match.ecosystem, match.fixedVersion]),
      [['CVE-2026-5000', 'Red Hat:enterprise_linux:9::baseos', '1:3.0.7-27.el9']],
    );
  });
});
