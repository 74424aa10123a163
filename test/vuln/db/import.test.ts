import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  databaseStatus,
  defaultDatabasePath,
  ImportFailure,
  importDatabase,
  openDatabase,
  VulnDbError,
} from '../../../src/vuln/index.js';
import { osvRecord, writeZip } from './zip-writer.js';

const importedAt = new Date('2026-03-01T12:00:00Z');
const day = 24 * 60 * 60 * 1000;

function names(candidates: readonly { record: { id: string } }[]): string[] {
  return candidates.map((candidate) => candidate.record.id);
}

describe('importing OSV data', () => {
  let scratch = '';
  before(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'bulwark-vulndb-import-'));
  });
  after(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  async function place(name: string): Promise<string> {
    const folder = path.join(scratch, name);
    await mkdir(folder, { recursive: true });
    return folder;
  }

  it('imports a zip, listing each unreadable record by entry name (and id) while keeping the good ones', async () => {
    const folder = await place('zip-with-bad-records');
    const zipPath = path.join(folder, 'all.zip');
    await writeZip(zipPath, [
      {
        name: 'DEBIAN-CVE-2026-0001.json',
        text: osvRecord({ id: 'DEBIAN-CVE-2026-0001', ecosystem: 'Debian:12', name: 'zlib', fixed: '1.0-2' }),
      },
      { name: 'broken.json', text: '{"id": "DEBIAN-CVE-2026-0002", "modified": ' },
      {
        name: 'DEBIAN-CVE-2026-0003.json',
        text: JSON.stringify({ id: 'DEBIAN-CVE-2026-0003', affected: [] }),
      },
      { name: 'notes.txt', text: 'not a record, not read' },
    ]);
    const databasePath = path.join(folder, 'vulndb.sqlite');
    const result = await importDatabase({ source: zipPath, databasePath, now: importedAt });
    assert.equal(result.records, 1);
    assert.deepEqual(result.ecosystems, ['Debian:12']);
    assert.deepEqual(result.sources, [{ ecosystem: 'Debian', records: 1 }]);
    assert.deepEqual(
      result.errors.map((error) => error.record),
      ['broken.json', 'DEBIAN-CVE-2026-0003.json (DEBIAN-CVE-2026-0003)'],
    );
    assert.match(result.errors[1]?.message ?? '', /modified/);
    const database = openDatabase(databasePath);
    try {
      assert.deepEqual(names(database.candidates('Debian:12', 'zlib')), ['DEBIAN-CVE-2026-0001']);
    } finally {
      database.close();
    }
  });

  it('imports a folder recursively and names an unreadable record by its path inside the folder', async () => {
    const folder = await place('folder-source');
    await mkdir(path.join(folder, 'records', 'npm'), { recursive: true });
    await writeFile(
      path.join(folder, 'records', 'npm', 'GHSA-1111-2222-3333.json'),
      osvRecord({ id: 'GHSA-1111-2222-3333', ecosystem: 'npm', name: 'left-pad', fixed: '1.3.0' }),
    );
    await writeFile(
      path.join(folder, 'records', 'npm', 'GHSA-bad.json'),
      JSON.stringify({ id: 'GHSA-bad', modified: 5 }),
    );
    await writeFile(path.join(folder, 'README.md'), '# not a record\n');
    const databasePath = path.join(scratch, 'folder.sqlite');
    const result = await importDatabase({
      source: path.join(folder, 'records'),
      databasePath,
      now: importedAt,
    });
    assert.equal(result.records, 1);
    assert.deepEqual(
      result.errors.map((error) => error.record),
      ['npm/GHSA-bad.json (GHSA-bad)'],
    );
  });

  it('leaves the previous database usable when the zip is truncated', async () => {
    const folder = await place('truncated');
    const good = path.join(folder, 'good.zip');
    await writeZip(good, [
      {
        name: 'a.json',
        text: osvRecord({
          id: 'ALPINE-CVE-2026-0001',
          ecosystem: 'Alpine:v3.19',
          name: 'musl',
          fixed: '1.2.4-r3',
        }),
      },
    ]);
    const databasePath = path.join(folder, 'vulndb.sqlite');
    await importDatabase({ source: good, databasePath, now: importedAt });
    const before = await readFile(databasePath);

    const bigger = path.join(folder, 'bigger.zip');
    const entries = Array.from({ length: 50 }, (_, index) => ({
      name: `r${index}.json`,
      text: osvRecord({
        id: `ALPINE-CVE-2026-1${String(index).padStart(3, '0')}`,
        ecosystem: 'Alpine:v3.19',
        name: 'busybox',
        fixed: '1.36.1-r20',
      }),
    }));
    await writeZip(bigger, entries);
    const truncated = path.join(folder, 'truncated.zip');
    const bytes = await readFile(bigger);
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));

    await assert.rejects(
      importDatabase({ source: truncated, databasePath, now: importedAt }),
      (error: unknown) => {
        assert.ok(error instanceof VulnDbError);
        assert.match(error.message, /truncated\.zip/);
        return true;
      },
    );
    assert.deepEqual(await readFile(databasePath), before);
    assert.deepEqual((await readdir(folder)).sort(), [
      'bigger.zip',
      'good.zip',
      'truncated.zip',
      'vulndb.sqlite',
    ]);
    const database = openDatabase(databasePath);
    try {
      assert.deepEqual(names(database.candidates('Alpine:v3.19', 'musl')), ['ALPINE-CVE-2026-0001']);
    } finally {
      database.close();
    }
  });

  it('refuses a source with no usable record and keeps the database as it was', async () => {
    const folder = await place('nothing-usable');
    await writeFile(path.join(folder, 'x.json'), 'not json');
    const databasePath = path.join(scratch, 'never-written.sqlite');
    await assert.rejects(
      importDatabase({ source: folder, databasePath, now: importedAt }),
      (error: unknown) => {
        assert.ok(error instanceof ImportFailure);
        assert.equal(error.errors.length, 1);
        return true;
      },
    );
    assert.equal(databaseStatus(databasePath, importedAt).exists, false);
  });

  it('merges ecosystem by ecosystem: a new import replaces its own ecosystem and keeps the others', async () => {
    const folder = await place('merge');
    const databasePath = path.join(folder, 'vulndb.sqlite');
    const first = path.join(folder, 'first');
    await mkdir(first);
    await writeFile(
      path.join(first, 'a.json'),
      osvRecord({ id: 'DEBIAN-CVE-2026-0010', ecosystem: 'Debian:12', name: 'curl' }),
    );
    await writeFile(
      path.join(first, 'b.json'),
      osvRecord({ id: 'GHSA-aaaa-0000-0001', ecosystem: 'npm', name: 'ms' }),
    );
    await importDatabase({ source: first, databasePath, now: importedAt });

    const second = path.join(folder, 'second');
    await mkdir(second);
    await writeFile(
      path.join(second, 'c.json'),
      osvRecord({ id: 'DEBIAN-CVE-2026-0011', ecosystem: 'Debian:12', name: 'curl' }),
    );
    const merged = await importDatabase({ source: second, databasePath, now: importedAt });
    assert.deepEqual(merged.sources, [{ ecosystem: 'Debian', records: 1 }]);
    let database = openDatabase(databasePath);
    assert.deepEqual(names(database.candidates('Debian:12', 'curl')), ['DEBIAN-CVE-2026-0011']);
    assert.deepEqual(names(database.candidates('npm', 'ms')), ['GHSA-aaaa-0000-0001']);
    database.close();

    await importDatabase({ source: second, databasePath, now: importedAt, mode: 'replace' });
    database = openDatabase(databasePath);
    assert.deepEqual(names(database.candidates('npm', 'ms')), []);
    database.close();
  });

  it('files every record under the named ecosystem of a per-ecosystem archive', async () => {
    const folder = await place('named-ecosystem');
    await writeFile(
      path.join(folder, 'a.json'),
      osvRecord({ id: 'GHSA-aaaa-0000-0002', ecosystem: 'PyPI', name: 'Jinja2' }),
    );
    const databasePath = path.join(scratch, 'named.sqlite');
    const result = await importDatabase({
      source: folder,
      databasePath,
      now: importedAt,
      ecosystem: 'PyPI',
      etag: '"v1"',
    });
    assert.deepEqual(result.sources, [{ ecosystem: 'PyPI', records: 1 }]);
    const database = openDatabase(databasePath);
    assert.deepEqual(
      names(database.candidates('PyPI', 'jinja2')),
      ['GHSA-aaaa-0000-0002'],
      'stored under the PEP 503 name',
    );
    database.close();
    assert.equal(databaseStatus(databasePath, importedAt).sources[0]?.etag, '"v1"');
  });

  it('reports status: sources, counts, age and staleness against the injected clock', async () => {
    const folder = await place('status');
    await writeFile(
      path.join(folder, 'a.json'),
      osvRecord({ id: 'DEBIAN-CVE-2026-0020', ecosystem: 'Debian:12', name: 'tar' }),
    );
    await writeFile(
      path.join(folder, 'b.json'),
      osvRecord({ id: 'DEBIAN-CVE-2026-0021', ecosystem: 'Debian:11', name: 'tar' }),
    );
    await writeFile(
      path.join(folder, 'c.json'),
      osvRecord({
        id: 'GHSA-aaaa-0000-0003',
        ecosystem: 'npm',
        name: 'ms',
        withdrawn: '2026-01-02T00:00:00Z',
      }),
    );
    const databasePath = path.join(folder, 'vulndb.sqlite');
    await importDatabase({ source: folder, databasePath, now: importedAt });

    const fresh = databaseStatus(databasePath, new Date(importedAt.getTime() + 3 * day + 1000));
    assert.equal(fresh.exists, true);
    assert.equal(fresh.builtAt, importedAt.toISOString());
    assert.equal(fresh.ageDays, 3);
    assert.equal(fresh.stale, false);
    assert.equal(fresh.recordCount, 3);
    assert.deepEqual(
      fresh.perEcosystem,
      { 'Debian:11': 1, 'Debian:12': 1 },
      'withdrawn records are counted, never indexed',
    );
    assert.deepEqual(
      fresh.sources.map((source) => [source.ecosystem, source.records, source.checkedAt, source.stale]),
      [
        ['Debian', 2, importedAt.toISOString(), false],
        ['npm', 1, importedAt.toISOString(), false],
      ],
    );

    const atSevenDays = databaseStatus(databasePath, new Date(importedAt.getTime() + 7 * day));
    assert.equal(atSevenDays.stale, false, 'exactly seven days is not older than seven days');
    const old = databaseStatus(databasePath, new Date(importedAt.getTime() + 8 * day));
    assert.equal(old.ageDays, 8);
    assert.equal(old.stale, true);
    assert.ok(old.sources.every((source) => source.stale));

    const missing = databaseStatus(path.join(folder, 'absent.sqlite'), importedAt);
    assert.equal(missing.exists, false);
    assert.equal(missing.stale, true);
  });

  it('says what to run when a database is missing or is not one', async () => {
    assert.throws(() => openDatabase(path.join(scratch, 'absent.sqlite')), /bulwark db update/);
    const notADatabase = path.join(scratch, 'text.sqlite');
    await writeFile(notADatabase, 'plain text, not SQLite');
    assert.throws(
      () => openDatabase(notADatabase),
      (error: unknown) => error instanceof VulnDbError,
    );
    assert.match(databaseStatus(notADatabase, importedAt).problem ?? '', /./);
  });
});

describe('defaultDatabasePath', () => {
  it('prefers BULWARK_CACHE_DIR, then XDG_CACHE_HOME/bulwark, then ~/.cache/bulwark', () => {
    const home = path.join(path.sep, 'home', 'someone');
    assert.equal(
      defaultDatabasePath(
        { BULWARK_CACHE_DIR: path.join(path.sep, 'cache'), XDG_CACHE_HOME: path.join(path.sep, 'xdg') },
        home,
      ),
      path.join(path.sep, 'cache', 'vulndb.sqlite'),
    );
    assert.equal(
      defaultDatabasePath({ XDG_CACHE_HOME: path.join(path.sep, 'xdg') }, home),
      path.join(path.sep, 'xdg', 'bulwark', 'vulndb.sqlite'),
    );
    assert.equal(
      defaultDatabasePath({ XDG_CACHE_HOME: '' }, home),
      path.join(home, '.cache', 'bulwark', 'vulndb.sqlite'),
    );
    assert.equal(
      defaultDatabasePath({ XDG_CACHE_HOME: 'relative' }, home),
      path.join(home, '.cache', 'bulwark', 'vulndb.sqlite'),
    );
  });
});
