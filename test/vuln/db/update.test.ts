import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { UpdateProgress } from '../../../src/vuln/index.js';
import { databaseStatus, openDatabase, updateDatabase } from '../../../src/vuln/index.js';
import { osvRecord, writeZip } from './zip-writer.js';

interface Served {
  body: Buffer;
  etag: string;
}

/** A stand-in for the OSV bucket on 127.0.0.1: serves `/<ecosystem>/all.zip` and honours If-None-Match. */
function startArchiveServer() {
  const archives = new Map<string, Served>();
  const requests: { url: string; ifNoneMatch?: string }[] = [];
  const server = http.createServer((request, response) => {
    const ifNoneMatch = request.headers['if-none-match'];
    requests.push({ url: request.url ?? '', ...(typeof ifNoneMatch === 'string' ? { ifNoneMatch } : {}) });
    const served = archives.get(request.url ?? '');
    if (served === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('no such archive');
      return;
    }
    if (ifNoneMatch === served.etag) {
      response.writeHead(304, { etag: served.etag }).end();
      return;
    }
    response.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': String(served.body.length),
      etag: served.etag,
    });
    response.end(served.body);
  });
  return { server, archives, requests };
}

const start = new Date('2026-05-01T00:00:00Z');
const day = 24 * 60 * 60 * 1000;

describe('updating from OSV archives over HTTP (a local server)', () => {
  const { server, archives, requests } = startArchiveServer();
  let scratch = '';
  let baseUrl = '';
  let databasePath = '';

  async function archive(
    ecosystem: string,
    etag: string,
    records: { id: string; name: string; fixed?: string }[],
  ) {
    const file = path.join(scratch, `${ecosystem}-${etag.replace(/\W/g, '')}.zip`);
    await writeZip(
      file,
      records.map((record) => ({
        name: `${record.id}.json`,
        text: osvRecord({
          id: record.id,
          ecosystem: ecosystem === 'Debian' ? 'Debian:12' : ecosystem,
          name: record.name,
          ...(record.fixed === undefined ? {} : { fixed: record.fixed }),
        }),
      })),
    );
    archives.set(`/${encodeURIComponent(ecosystem)}/all.zip`, { body: await readFile(file), etag });
  }

  function ids(scope: string, name: string): string[] {
    const database = openDatabase(databasePath);
    try {
      return database.candidates(scope, name).map((candidate) => candidate.record.id);
    } finally {
      database.close();
    }
  }

  before(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'bulwark-vulndb-update-'));
    databasePath = path.join(scratch, 'cache', 'vulndb.sqlite');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(scratch, { recursive: true, force: true });
  });

  it('downloads each archive, reports progress against Content-Length and imports it', async () => {
    await archive('Debian', '"debian-1"', [
      { id: 'DEBIAN-CVE-2026-0100', name: 'openssl', fixed: '3.0.15-1' },
    ]);
    await archive('npm', '"npm-1"', [{ id: 'GHSA-aaaa-0000-0100', name: 'ms', fixed: '2.0.0' }]);
    const progress: UpdateProgress[] = [];
    const result = await updateDatabase({
      ecosystems: ['Debian', 'npm'],
      databasePath,
      fetch: globalThis.fetch,
      now: start,
      baseUrl,
      onProgress: (event) => progress.push(event),
    });
    assert.deepEqual(
      result.ecosystems.map((entry) => [entry.ecosystem, entry.status, entry.records]),
      [
        ['Debian', 'updated', 1],
        ['npm', 'updated', 1],
      ],
    );
    const debianBytes = archives.get('/Debian/all.zip')?.body.length;
    const lastDownload = progress
      .filter((event) => event.ecosystem === 'Debian' && event.phase === 'download')
      .at(-1);
    assert.deepEqual(lastDownload, {
      ecosystem: 'Debian',
      phase: 'download',
      receivedBytes: debianBytes,
      totalBytes: debianBytes,
    });
    assert.ok(progress.some((event) => event.phase === 'import'));
    assert.deepEqual(ids('Debian:12', 'openssl'), ['DEBIAN-CVE-2026-0100']);
    assert.deepEqual(
      databaseStatus(databasePath, start).sources.map((source) => [
        source.ecosystem,
        source.etag,
        source.file,
      ]),
      [
        ['Debian', '"debian-1"', `${baseUrl}/Debian/all.zip`],
        ['npm', '"npm-1"', `${baseUrl}/npm/all.zip`],
      ],
    );
    assert.deepEqual(
      requests.map((request) => request.ifNoneMatch),
      [undefined, undefined],
    );
  });

  it('sends the stored ETag: a 304 keeps the data and counts as a fresh check', async () => {
    requests.length = 0;
    await archive('npm', '"npm-2"', [
      { id: 'GHSA-aaaa-0000-0100', name: 'ms', fixed: '2.0.0' },
      { id: 'GHSA-aaaa-0000-0101', name: 'ms', fixed: '2.1.3' },
    ]);
    const later = new Date(start.getTime() + 10 * day);
    assert.equal(databaseStatus(databasePath, later).stale, true);
    const result = await updateDatabase({
      ecosystems: ['Debian', 'npm'],
      databasePath,
      fetch: globalThis.fetch,
      now: later,
      baseUrl,
    });
    assert.deepEqual(
      result.ecosystems.map((entry) => [entry.ecosystem, entry.status]),
      [
        ['Debian', 'unchanged'],
        ['npm', 'updated'],
      ],
    );
    assert.deepEqual(
      requests.map((request) => [request.url, request.ifNoneMatch]),
      [
        ['/Debian/all.zip', '"debian-1"'],
        ['/npm/all.zip', '"npm-1"'],
      ],
    );
    assert.deepEqual(ids('npm', 'ms'), ['GHSA-aaaa-0000-0100', 'GHSA-aaaa-0000-0101']);
    assert.deepEqual(ids('Debian:12', 'openssl'), ['DEBIAN-CVE-2026-0100']);
    const status = databaseStatus(databasePath, later);
    assert.equal(status.stale, false);
    const debian = status.sources.find((source) => source.ecosystem === 'Debian');
    assert.equal(debian?.checkedAt, later.toISOString());
    assert.equal(debian?.importedAt, start.toISOString());
  });

  it('keeps the previous data of an ecosystem whose download fails or whose archive is damaged', async () => {
    const damaged = await archive('npm', '"npm-3"', [{ id: 'GHSA-aaaa-0000-0102', name: 'ms' }]).then(() =>
      archives.get('/npm/all.zip'),
    );
    assert.ok(damaged !== undefined);
    archives.set('/npm/all.zip', {
      body: damaged.body.subarray(0, damaged.body.length - 30),
      etag: '"npm-3"',
    });
    await archive('Debian', '"debian-2"', [
      { id: 'DEBIAN-CVE-2026-0100', name: 'openssl', fixed: '3.0.15-1' },
      { id: 'DEBIAN-CVE-2026-0102', name: 'openssl' },
    ]);
    const now = new Date(start.getTime() + 11 * day);
    const result = await updateDatabase({
      ecosystems: ['Debian', 'npm', 'Alpine'],
      databasePath,
      fetch: globalThis.fetch,
      now,
      baseUrl,
    });
    const byName = new Map(result.ecosystems.map((entry) => [entry.ecosystem, entry]));
    assert.equal(byName.get('Debian')?.status, 'updated');
    assert.equal(byName.get('npm')?.status, 'failed');
    assert.match(byName.get('npm')?.message ?? '', /zip/);
    assert.equal(byName.get('Alpine')?.status, 'failed');
    assert.match(byName.get('Alpine')?.message ?? '', /HTTP 404/);
    assert.deepEqual(ids('npm', 'ms'), ['GHSA-aaaa-0000-0100', 'GHSA-aaaa-0000-0101']);
    assert.deepEqual(ids('Debian:12', 'openssl'), ['DEBIAN-CVE-2026-0100', 'DEBIAN-CVE-2026-0102']);
    const npm = databaseStatus(databasePath, now).sources.find((source) => source.ecosystem === 'npm');
    assert.equal(npm?.etag, '"npm-2"', 'the failed archive did not replace the stored ETag');
    assert.deepEqual(
      await readdir(path.dirname(databasePath)),
      ['vulndb.sqlite'],
      'no download or build file left',
    );
  });

  it('reports a network failure for the ecosystem and does not create a database from nothing', async () => {
    const elsewhere = path.join(scratch, 'other', 'vulndb.sqlite');
    const refusing: typeof fetch = () => Promise.reject(new Error('connection refused'));
    const result = await updateDatabase({
      ecosystems: ['Go'],
      databasePath: elsewhere,
      fetch: refusing,
      now: start,
      baseUrl,
    });
    assert.deepEqual(
      result.ecosystems.map((entry) => [entry.status, entry.message]),
      [['failed', `cannot download ${baseUrl}/Go/all.zip: connection refused`]],
    );
    assert.equal(databaseStatus(elsewhere, start).exists, false);
  });
});
