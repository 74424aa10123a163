import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DbIo } from '../../../src/cli/commands/db.js';
import { run } from '../../../src/cli/run.js';
import { runCli } from '../../support/cli.js';
import { fromRoot } from '../../support/paths.js';
import { osvRecord, writeZip } from './zip-writer.js';

const fixtureDir = fromRoot('test', 'fixtures', 'vulndb');
const now = new Date('2026-11-24T08:00:00Z');
const day = 24 * 60 * 60 * 1000;

describe('bulwark db', () => {
  let scratch = '';
  let npmZip: Buffer;

  function io(extra: Partial<DbIo> = {}, clock: Date = now): DbIo {
    return {
      cwd: scratch,
      env: { BULWARK_CACHE_DIR: path.join(scratch, 'cache') },
      stdoutIsTty: false,
      readStdin: () => Promise.resolve(new Uint8Array()),
      today: () => clock.toISOString().slice(0, 10),
      now: () => clock,
      homedir: path.join(scratch, 'home'),
      stderrIsTty: false,
      progress: () => undefined,
      ...extra,
    };
  }

  before(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'bulwark-db-command-'));
    const zipPath = path.join(scratch, 'npm.zip');
    await writeZip(zipPath, [
      {
        name: 'GHSA-cli0-0000-0001.json',
        text: osvRecord({ id: 'GHSA-cli0-0000-0001', ecosystem: 'npm', name: 'ms', fixed: '2.0.0' }),
      },
    ]);
    npmZip = await readFile(zipPath);
  });
  after(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('imports the fixture into the cache directory and reports its status as JSON', async () => {
    const imported = await run(['db', 'import', fixtureDir], io());
    assert.equal(imported.exitCode, 0, imported.stderr);
    assert.match(
      imported.stdout,
      /^imported 34 records into .*vulndb\.sqlite \(Alpine 2, Debian 21, Go 1, Maven 1, PyPI 3, RubyGems 1, npm 5\)\n$/,
    );
    const status = await run(['db', 'status', '--format', 'json'], io({}, new Date(now.getTime() + 2 * day)));
    assert.equal(status.exitCode, 0, status.stderr);
    const json = JSON.parse(status.stdout) as {
      recordCount: number;
      stale: boolean;
      ageDays: number;
      path: string;
    };
    assert.equal(json.recordCount, 34);
    assert.equal(json.stale, false);
    assert.equal(json.ageDays, 2);
    assert.equal(json.path, path.join(scratch, 'cache', 'vulndb.sqlite'));
    const table = await run(['db', 'status'], io({}, new Date(now.getTime() + 9 * day)));
    assert.equal(table.exitCode, 0);
    assert.match(table.stdout, /^stale {5}yes \(older than 7 days\)$/m);
    assert.match(table.stdout, /^Debian:12 +21$/m);
    assert.match(table.stderr, /older than 7 days: run 'bulwark db update'/);
  });

  it('lists records it could not import, imports the rest and exits 2', async () => {
    const folder = path.join(scratch, 'with-bad');
    await mkdir(folder);
    await writeFile(
      path.join(folder, 'good.json'),
      osvRecord({ id: 'GHSA-cli0-0000-0002', ecosystem: 'npm', name: 'debug' }),
    );
    await writeFile(
      path.join(folder, 'bad.json'),
      JSON.stringify({ id: 'GHSA-cli0-bad', modified: '2026-01-01T00:00:00Z', affected: 'no' }),
    );
    const result = await run(['db', 'import', 'with-bad', '--db', 'bad.sqlite'], io());
    assert.equal(result.exitCode, 2);
    assert.match(result.stdout, /^imported 1 records into /);
    assert.match(
      result.stderr,
      /1 records could not be imported:\n {2}bad\.json \(GHSA-cli0-bad\): not an OSV record: affected/,
    );
  });

  it('exits 2 with a clear message for a damaged zip, a missing source and a missing database', async () => {
    const damaged = path.join(scratch, 'damaged.zip');
    await writeFile(damaged, npmZip.subarray(0, 40));
    const zip = await run(['db', 'import', damaged, '--db', 'damaged.sqlite'], io());
    assert.equal(zip.exitCode, 2);
    assert.match(zip.stderr, /^bulwark: .*damaged\.zip: not a readable zip archive/);
    const missing = await run(['db', 'import', 'nowhere', '--db', 'missing.sqlite'], io());
    assert.equal(missing.exitCode, 2);
    assert.match(missing.stderr, /nowhere: cannot read/);
    const status = await run(['db', 'status', '--db', 'missing.sqlite'], io());
    assert.equal(status.exitCode, 2);
    assert.match(status.stderr, /no vulnerability database at .*missing\.sqlite: run 'bulwark db update'/);
    const format = await run(['db', 'status', '--format', 'xml'], io());
    assert.equal(format.exitCode, 2);
    assert.match(format.stderr, /unknown --format xml/);
  });

  it('updates through the injected fetch, one progress line per ecosystem when stderr is not a terminal', async () => {
    const urls: string[] = [];
    const fetchArchive: typeof fetch = (input) => {
      const url = String(input);
      urls.push(url);
      if (!url.endsWith('/npm/all.zip'))
        return Promise.resolve(new Response('gone', { status: 404, statusText: 'Not Found' }));
      return Promise.resolve(
        new Response(new Uint8Array(npmZip), {
          status: 200,
          headers: { etag: '"n1"', 'content-length': String(npmZip.length) },
        }),
      );
    };
    const progress: string[] = [];
    const result = await run(
      ['db', 'update', '--ecosystems', 'npm, Red Hat', '--db', 'update.sqlite'],
      io({ fetch: fetchArchive, progress: (text) => progress.push(text) }),
    );
    assert.deepEqual(urls, [
      'https://osv-vulnerabilities.storage.googleapis.com/npm/all.zip',
      'https://osv-vulnerabilities.storage.googleapis.com/Red%20Hat/all.zip',
    ]);
    assert.equal(result.exitCode, 2, 'one ecosystem failed');
    assert.match(
      result.stdout,
      /^ecosystem +status +records +unreadable\nnpm +updated +1 +0\nRed Hat +failed +- +0\n/,
    );
    assert.deepEqual(progress, ['npm: downloaded 0.0 MiB\n', 'Red Hat: failed\n']);
    assert.equal(
      result.stderr,
      'bulwark: Red Hat: cannot download https://osv-vulnerabilities.storage.googleapis.com/Red%20Hat/all.zip: HTTP 404 Not Found\n',
    );
  });

  it('draws a live progress line when stderr is a terminal', async () => {
    const written: string[] = [];
    const fetchArchive: typeof fetch = () =>
      Promise.resolve(
        new Response(new Uint8Array(npmZip), {
          status: 200,
          headers: { 'content-length': String(npmZip.length) },
        }),
      );
    const result = await run(
      ['db', 'update', '--ecosystems', 'npm', '--db', 'tty.sqlite'],
      io({ fetch: fetchArchive, stderrIsTty: true, progress: (text) => written.push(text) }),
    );
    assert.equal(result.exitCode, 0, result.stderr);
    assert.ok(
      written.some(
        (text) => text.startsWith('\r') && text.includes(`npm: downloading 0.0 MiB / 0.0 MiB (100%)`),
      ),
    );
    assert.ok(written.includes('npm: downloaded 0.0 MiB\n'));
    assert.equal(result.stderr, '');
  });

  it('runs through the real binary', () => {
    const databasePath = path.join(scratch, 'bin.sqlite');
    const absent = runCli(['db', 'status', '--db', databasePath]);
    assert.equal(absent.status, 2);
    const imported = runCli(['db', 'import', fixtureDir, '--db', databasePath]);
    assert.equal(imported.status, 0, imported.stderr);
    const status = runCli(['db', 'status', '--db', databasePath, '--format', 'json']);
    assert.equal(status.status, 0, status.stderr);
    assert.equal((JSON.parse(status.stdout) as { recordCount: number }).recordCount, 34);
  });
});
