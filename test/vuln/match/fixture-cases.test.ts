import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Inventory, OperatingSystem, PackageRecord, PackageType } from '../../../src/core/index.js';
import type { OpenedDatabase } from '../../../src/vuln/index.js';
import { importDatabase, matchInventory, openDatabase } from '../../../src/vuln/index.js';
import { fromRoot } from '../../support/paths.js';

interface FixtureCase {
  ecosystem: string;
  installedPackage: string;
  osvName: string;
  installedVersion: string;
  recordId: string;
  expected: 'vulnerable' | 'not-vulnerable';
  note: string;
}

const fixtureDir = fromRoot('test', 'fixtures', 'vulndb');

function readCases(): FixtureCase[] {
  const lines = readFileSync(path.join(fixtureDir, 'expected.tsv'), 'utf8').split('\n');
  const cases: FixtureCase[] = [];
  for (const line of lines) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [ecosystem, installedPackage, osvName, installedVersion, recordId, expected, note = ''] =
      line.split('\t');
    if (
      ecosystem === undefined ||
      installedPackage === undefined ||
      osvName === undefined ||
      installedVersion === undefined ||
      recordId === undefined ||
      (expected !== 'vulnerable' && expected !== 'not-vulnerable')
    )
      throw new Error(`bad fixture line: ${line}`);
    cases.push({ ecosystem, installedPackage, osvName, installedVersion, recordId, expected, note });
  }
  return cases;
}

const languageTypes: Record<string, PackageType> = {
  npm: 'npm',
  PyPI: 'pypi',
  Go: 'golang',
  Maven: 'maven',
  RubyGems: 'gem',
};

/** `Debian:12` → debian 12, `Alpine:v3.11` → alpine 3.11.x (a point release, as os-release reports it). */
function operatingSystemOf(ecosystem: string): OperatingSystem | undefined {
  const [family, release = ''] = ecosystem.split(':');
  if (family === 'Debian') return { id: 'debian', versionId: release };
  if (family === 'Alpine') return { id: 'alpine', versionId: `${release.replace(/^v/, '')}.6` };
  return undefined;
}

function inventoryFor(fixture: FixtureCase): Inventory {
  const osRelease = operatingSystemOf(fixture.ecosystem);
  if (osRelease !== undefined) {
    const type: PackageType = osRelease.id === 'debian' ? 'deb' : 'apk';
    const record: PackageRecord = {
      type,
      name: fixture.installedPackage,
      version: fixture.installedVersion,
      source: { name: fixture.osvName, version: fixture.installedVersion },
      purl: `pkg:${type}/${osRelease.id}/${fixture.installedPackage}@${encodeURIComponent(fixture.installedVersion)}`,
      file: type === 'deb' ? '/var/lib/dpkg/status' : '/lib/apk/db/installed',
    };
    return { os: osRelease, packages: [record] };
  }
  const type = languageTypes[fixture.ecosystem];
  if (type === undefined) throw new Error(`no package type for ${fixture.ecosystem}`);
  const record: PackageRecord = {
    type,
    name: fixture.installedPackage,
    version: fixture.installedVersion,
    purl: `pkg:${type}/${encodeURIComponent(fixture.installedPackage)}@${fixture.installedVersion}`,
    file: 'manifest',
  };
  return { packages: [record] };
}

describe('the shared vulndb fixture: every expected.tsv case', () => {
  const cases = readCases();
  let scratch = '';
  let database: OpenedDatabase;

  before(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'bulwark-vulndb-fixture-'));
    const databasePath = path.join(scratch, 'vulndb.sqlite');
    const imported = await importDatabase({
      source: fixtureDir,
      databasePath,
      now: new Date('2026-11-24T00:00:00Z'),
    });
    assert.deepEqual(imported.errors, []);
    assert.equal(imported.records, 34);
    database = openDatabase(databasePath);
  });

  after(async () => {
    database.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('lists 74 cases', () => {
    assert.equal(cases.length, 74);
  });

  for (const fixture of cases) {
    const title = `${fixture.ecosystem} ${fixture.installedPackage} ${fixture.installedVersion} ${fixture.recordId}: ${fixture.expected} (${fixture.note})`;
    it(title, () => {
      const result = matchInventory(inventoryFor(fixture), database);
      const hit = result.matches.find((match) => match.records.includes(fixture.recordId));
      assert.equal(
        hit === undefined ? 'not-vulnerable' : 'vulnerable',
        fixture.expected,
        JSON.stringify(result),
      );
    });
  }
});
