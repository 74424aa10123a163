import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LayerRef } from '../../../../src/core/index.js';
import type { LayerFacts } from '../../../../src/engines/image/facts/index.js';
import {
  factsInspection,
  maxSecretsPerFile,
  resolveFacts,
} from '../../../../src/engines/image/facts/index.js';
import type { FinalView, LayerEntry, LayerResult } from '../../../../src/sources/index.js';
import { fake, fakeKeyBody, filler } from '../../../secrets/fake-credentials.js';

interface SyntheticEntry {
  entry: LayerEntry;
  /** File content, delivered in these chunks. */
  chunks?: readonly (string | Buffer)[];
}

interface SyntheticLayer {
  entries: readonly SyntheticEntry[];
  /** Paths this layer whites out (and everything under them). */
  deleted?: readonly string[];
}

function layerRef(index: number): LayerRef {
  return { digest: `sha256:${String(index).padStart(64, '0')}`, createdBy: `RUN step ${index}` };
}

function file(path: string, content: string | readonly (string | Buffer)[], mode = 0o644): SyntheticEntry {
  const chunks = typeof content === 'string' ? [content] : content;
  const size = chunks.reduce((total, chunk) => total + Buffer.byteLength(chunk), 0);
  return { entry: { path, type: 'file', mode, uid: 0, gid: 0, size }, chunks };
}

function node(path: string, type: LayerEntry['type'], mode: number, size = 0): SyntheticEntry {
  return { entry: { path, type, mode, uid: 0, gid: 0, size } };
}

/** Drives one inspector the way the layer walk does: entries in order, content chunks capped at `maxBytes`. */
function inspect(layer: SyntheticLayer, index: number): LayerResult<LayerFacts> {
  const ref = layerRef(index);
  const inspector = factsInspection.start(ref);
  for (const { entry, chunks } of layer.entries) {
    const sink = inspector.onEntry(entry);
    if (sink === undefined) continue;
    let delivered = 0;
    let truncated = false;
    for (const chunk of chunks ?? []) {
      const bytes = Buffer.from(chunk);
      const room = sink.maxBytes - delivered;
      if (room <= 0) {
        truncated = true;
        break;
      }
      const part = bytes.subarray(0, room);
      if (part.length < bytes.length) truncated = true;
      sink.write(part);
      delivered += part.length;
    }
    sink.end(truncated);
  }
  const result = inspector.finish();
  if (result instanceof Promise) throw new Error('the facts inspection finishes synchronously');
  return { index, layer: ref, result };
}

/** The final file system of the layers, applying deletions like whiteouts. */
function finalView(layers: readonly SyntheticLayer[]): FinalView {
  const visible = new Map<string, { entry: LayerEntry; layerIndex: number }>();
  for (const [layerIndex, layer] of layers.entries()) {
    for (const gone of layer.deleted ?? [])
      for (const path of [...visible.keys()])
        if (path === gone || path.startsWith(`${gone}/`)) visible.delete(path);
    for (const { entry } of layer.entries) visible.set(entry.path, { entry, layerIndex });
  }
  return {
    visibleLayer: (path) => visible.get(path)?.layerIndex,
    entry: (path) => {
      const found = visible.get(path);
      return found === undefined ? undefined : { ...found.entry, layerIndex: found.layerIndex };
    },
    paths: () => [...visible.keys()].sort(),
  };
}

function scan(layers: readonly SyntheticLayer[]) {
  // Layers may be inspected in any order (a docker archive streams them unordered): inspect them backwards.
  const results = layers.map((layer, index) => ({ layer, index })).reverse();
  return resolveFacts(
    results.map(({ layer, index }) => inspect(layer, index)),
    finalView(layers),
  );
}

const passwd = 'root:x:0:0:root:/root:/bin/sh\n';

describe('file facts: one layer', () => {
  it('collects setuid/setgid files, world-writable paths and .git folders with their modes', () => {
    const facts = scan([
      {
        entries: [
          node('/tmp', 'directory', 0o1777),
          node('/usr/bin/passwd', 'file', 0o4755, 10),
          node('/usr/bin/wall', 'file', 0o2755, 10),
          node('/usr/bin/ls', 'file', 0o755, 10),
          node('/app', 'directory', 0o777),
          node('/app/run.sh', 'file', 0o777, 10),
          node('/usr/bin/python', 'symlink', 0o777),
          node('/src/.git', 'directory', 0o755),
          node('/src/.gitignore', 'file', 0o644, 10),
        ],
      },
    ]);
    assert.deepEqual(
      facts.setuidFiles.map((entry) => [entry.path, entry.mode.toString(8), entry.fossil]),
      [
        ['/usr/bin/passwd', '4755', false],
        ['/usr/bin/wall', '2755', false],
      ],
    );
    assert.deepEqual(
      facts.worldWritable.map((entry) => [entry.path, entry.type, entry.mode.toString(8)]),
      [
        ['/app', 'directory', '777'],
        ['/app/run.sh', 'file', '777'],
        ['/tmp', 'directory', '1777'],
      ],
      'sticky bit kept for the rule; symbolic links left out',
    );
    assert.deepEqual(
      facts.gitDirectories.map((entry) => entry.path),
      ['/src/.git'],
    );
    assert.equal(facts.setuidFiles[0]?.layer.digest, layerRef(0).digest);
  });

  it('runs text files through the secret engine, across chunks, and names file, line and layer', () => {
    const facts = scan([
      {
        entries: [
          file(
            '/root/.ssh/id_rsa',
            [fake.rsaKeyHeader.slice(0, 10), `${fake.rsaKeyHeader.slice(10)}\n${fakeKeyBody}\n`],
            0o600,
          ),
          file('/app/.env', `LOG_LEVEL=debug\nDB_PASSWORD=hunter2-but-longer\n`),
        ],
      },
    ]);
    assert.deepEqual(facts.secrets, [
      {
        path: '/app/.env',
        line: 2,
        kind: 'value of DB_PASSWORD',
        masked: 'hunt********',
        layer: layerRef(0),
        fossil: false,
      },
      {
        path: '/root/.ssh/id_rsa',
        line: 1,
        kind: 'private key',
        masked: 'BEGIN RSA PRIVATE KEY',
        layer: layerRef(0),
        fossil: false,
      },
    ]);
  });

  it('skips binaries by NUL sniff, documentation, locales, shared objects and caches', () => {
    const key = `${fake.rsaKeyHeader}\n${fakeKeyBody}\n`;
    const facts = scan([
      {
        entries: [
          file('/usr/local/bin/tool', [Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]), key]),
          file('/usr/share/doc/app/key.txt', key),
          file('/usr/share/locale/de/messages.txt', key),
          file('/usr/lib/libfoo.so.1.2', key),
          file('/var/cache/app/key.txt', key),
          file('/app/.git/objects/ab/cdef', key),
        ],
      },
    ]);
    assert.deepEqual(facts.secrets, []);
  });

  it('always reads credential file names, wherever they are', () => {
    const npmrc = `//registry.npmjs.org/:_authToken=${filler(32)}\n`;
    const facts = scan([
      { entries: [file('/var/cache/build/.npmrc', npmrc), file('/usr/lib/x/.npmrc', npmrc)] },
    ]);
    assert.deepEqual(
      facts.secrets.map((hit) => hit.path),
      ['/usr/lib/x/.npmrc', '/var/cache/build/.npmrc'],
    );
  });

  it('keeps at most maxSecretsPerFile findings of one file', () => {
    const tokens = Array.from({ length: maxSecretsPerFile + 5 }, () => `x: ${fake.githubToken}`).join('\n');
    assert.equal(scan([{ entries: [file('/app/tokens.txt', tokens)] }]).secrets.length, maxSecretsPerFile);
  });

  it('reads account files as text, capped, and leaves them out of the secret scan', () => {
    const facts = scan([
      {
        entries: [
          file('/etc/passwd', passwd),
          file('/etc/shadow', 'root:*:19000:0:99999:7:::\n', 0o640),
          file('/etc/group', 'root:x:0:\n'),
        ],
      },
    ]);
    assert.deepEqual(Object.keys(facts.accountFiles), ['/etc/group', '/etc/passwd', '/etc/shadow']);
    assert.equal(facts.accountFiles['/etc/passwd']?.text, passwd);
    assert.equal(facts.accountFiles['/etc/shadow']?.layer.digest, layerRef(0).digest);
    assert.deepEqual(facts.secrets, []);
  });

  it('finds package-manager caches, one entry per folder, ignoring empty ones and the apt lock', () => {
    const facts = scan([
      {
        entries: [
          node('/var/lib/apt/lists', 'directory', 0o755),
          node('/var/lib/apt/lists/lock', 'file', 0o640, 0),
          node('/var/lib/apt/lists/partial', 'directory', 0o700),
          node('/var/cache/apt/archives', 'directory', 0o755),
          node('/var/cache/apt/archives/lock', 'file', 0o640, 0),
          node('/var/cache/apt/archives/curl_8.5.0_amd64.deb', 'file', 0o644, 300),
          node('/var/cache/apt/archives/libcurl_8.5.0_amd64.deb', 'file', 0o644, 700),
          node('/root/.cache/pip/http/a/b', 'file', 0o600, 50),
          node('/home/app/.npm/_cacache/index-v5/00/ab', 'file', 0o644, 20),
          node('/usr/local/share/.cache/yarn/v6/pkg/index.js', 'file', 0o644, 20),
          node('/var/cache/apk/APKINDEX.abc.tar.gz', 'file', 0o644, 20),
          node('/var/cache/dnf/repo.solv', 'file', 0o644, 20),
          node('/var/cache/other/file', 'file', 0o644, 20),
        ],
      },
    ]);
    assert.deepEqual(
      facts.caches.map((cache) => [cache.path, cache.size, cache.mode.toString(8)]),
      [
        ['/home/app/.npm/_cacache', 20, '755'],
        ['/root/.cache/pip', 50, '755'],
        ['/usr/local/share/.cache/yarn', 20, '755'],
        ['/var/cache/apk', 20, '755'],
        ['/var/cache/apt/archives', 1000, '755'],
        ['/var/cache/dnf', 20, '755'],
      ],
    );
  });
});

describe('file facts: across layers', () => {
  const layers: SyntheticLayer[] = [
    {
      entries: [
        file('/etc/passwd', passwd),
        node('/usr/bin/su', 'file', 0o4755, 10),
        node('/var/lib/apt/lists/deb.debian.org_Packages', 'file', 0o644, 5000),
      ],
    },
    {
      entries: [
        file('/root/.ssh/id_rsa', `${fake.rsaKeyHeader}\n${fakeKeyBody}\n`, 0o600),
        file('/app/.env', 'API_KEY=k3y-value-9\n'),
        node('/src/.git', 'directory', 0o755),
      ],
    },
    {
      entries: [
        file('/etc/passwd', `${passwd}app:x:10001:10001::/app:/bin/sh\n`),
        file('/app/.env', 'API_KEY=${API_KEY}\n'),
        node('/usr/bin/su', 'file', 0o755, 10),
      ],
      deleted: ['/root/.ssh', '/src/.git', '/var/lib/apt/lists/deb.debian.org_Packages'],
    },
  ];
  const facts = scan(layers);

  it('marks what a later layer deleted or replaced as fossil, keeping its layer', () => {
    assert.deepEqual(
      facts.secrets.map((hit) => [hit.path, hit.layer.digest, hit.fossil]),
      [
        ['/app/.env', layerRef(1).digest, true],
        ['/root/.ssh/id_rsa', layerRef(1).digest, true],
      ],
    );
    assert.deepEqual(
      facts.gitDirectories.map((entry) => [entry.path, entry.fossil]),
      [['/src/.git', true]],
    );
    assert.deepEqual(
      facts.caches.map((entry) => [entry.path, entry.fossil, entry.layer.digest]),
      [['/var/lib/apt/lists', true, layerRef(0).digest]],
    );
    assert.deepEqual(
      facts.setuidFiles.map((entry) => [entry.path, entry.fossil]),
      [['/usr/bin/su', true]],
      'the setuid bit was dropped by a later layer',
    );
  });

  it('takes account files from the layer the final view shows', () => {
    assert.equal(facts.accountFiles['/etc/passwd']?.layer.digest, layerRef(2).digest);
    assert.match(facts.accountFiles['/etc/passwd']?.text ?? '', /^app:x:10001/m);
  });

  it('is deterministic whatever the order layers were inspected in', () => {
    const again = resolveFacts(
      layers.map((layer, index) => inspect(layer, index)),
      finalView(layers),
    );
    assert.deepEqual(again, facts);
  });

  it('sorts by path, then layer order', () => {
    const twice = scan([
      { entries: [node('/b', 'file', 0o666, 1), node('/a', 'directory', 0o777)] },
      { entries: [node('/b', 'file', 0o666, 1)] },
    ]);
    assert.deepEqual(
      twice.worldWritable.map((entry) => [entry.path, entry.layer.digest, entry.fossil]),
      [
        ['/a', layerRef(0).digest, false],
        ['/b', layerRef(0).digest, true],
        ['/b', layerRef(1).digest, false],
      ],
    );
  });
});
