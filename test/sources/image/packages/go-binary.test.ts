import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveInventory } from '../../../../src/sources/image/packages/index.js';
import { goBinarySink } from '../../../../src/sources/image/packages/go-binary-sink.js';
import { goVersionToSemver } from '../../../../src/sources/image/packages/go-buildinfo.js';
import type { ParsedPackageFile } from '../../../../src/sources/image/packages/types.js';
import { buildGoBinary } from './support/go-binary.js';
import { inspectLayers } from './support/layers.js';

const moduleInfo = [
  'path\tgithub.com/acme/server/cmd/server',
  'mod\tgithub.com/acme/server\tv1.4.0\th1:2BGv5tBCp3VqCQXAp0FRaZo4FuMb4MSLfhxD5Ej2L7w=',
  'dep\tgithub.com/google/uuid\tv1.6.0\th1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=',
  'dep\tgolang.org/x/net\tv0.17.0\th1:pVaXccu2ozPjCXewfr1S7xza/zcXTity9cCdXQYSjIM=',
  'dep\tgithub.com/old/lib\tv1.0.0\th1:AAAA',
  '=>\tgithub.com/fork/lib\tv1.2.0\th1:BBBB',
  'dep\tgithub.com/acme/internal\tv0.0.0-00010101000000-000000000000',
  '=>\t../internal\t',
  'build\t-buildmode=exe',
  'build\t-compiler=gc',
  'build\tCGO_ENABLED=0',
  'build\tGOARCH=amd64',
  'build\tGOOS=linux',
  '',
].join('\n');

const binary = buildGoBinary({ goVersion: 'go1.21.5', moduleInfo, blobOffset: 0x2a0, totalSize: 0x800 });

function scan(
  content: Buffer,
  chunks: readonly number[],
): { parsed?: ParsedPackageFile; complete?: boolean } {
  const outcome: { parsed?: ParsedPackageFile; complete?: boolean } = {};
  const sink = goBinarySink('/usr/local/bin/server', 1 << 30, (parsed, complete) => {
    if (parsed !== undefined) outcome.parsed = parsed;
    outcome.complete = complete;
  });
  let offset = 0;
  for (const size of chunks) {
    sink.write(content.subarray(offset, offset + size));
    offset += size;
  }
  if (offset < content.length) sink.write(content.subarray(offset));
  sink.end(false);
  return outcome;
}

function ids(parsed: ParsedPackageFile | undefined): string[] {
  return (parsed?.packages ?? []).map((found) => `${found.name}@${found.version}`);
}

const expected = [
  'stdlib@v1.21.5',
  'github.com/acme/server@v1.4.0',
  'github.com/google/uuid@v1.6.0',
  'golang.org/x/net@v0.17.0',
  'github.com/fork/lib@v1.2.0',
  'github.com/acme/internal@(devel)',
];

describe('Go binaries', () => {
  it('reads the main module, every dependency with replacements, and the standard library', () => {
    const { parsed, complete } = scan(binary, []);
    assert.deepEqual(ids(parsed), expected);
    assert.equal(complete, true);
    assert.deepEqual(parsed?.notes, [
      '/usr/local/bin/server: dependency github.com/acme/internal is replaced by the local directory ../internal; no version',
    ]);
  });

  it('finds the magic wherever chunk boundaries fall, also split inside the magic or the blob', () => {
    for (let split = 0x2a0 - 16; split < 0x2a0 + 200; split += 1) {
      assert.deepEqual(ids(scan(binary, [split]).parsed), expected, `split at ${split}`);
    }
    for (const size of [1, 3, 7, 13, 14, 15, 64]) {
      assert.deepEqual(
        ids(scan(binary, Array<number>(Math.ceil(binary.length / size)).fill(size)).parsed),
        expected,
      );
    }
  });

  it('skips a copy of the magic that is not followed by a build info header', () => {
    const withDecoy = buildGoBinary({
      goVersion: 'go1.22.0',
      moduleInfo,
      blobOffset: 0x400,
      totalSize: 0x900,
      decoyOffset: 0x100,
    });
    assert.deepEqual(ids(scan(withDecoy, [0x10c]).parsed).slice(0, 2), [
      'stdlib@v1.22.0',
      'github.com/acme/server@v1.4.0',
    ]);
  });

  it('notes the pre-1.18 pointer format as unsupported', () => {
    const old = buildGoBinary({
      goVersion: 'go1.16',
      moduleInfo,
      blobOffset: 0x100,
      totalSize: 0x400,
      pointerFormat: true,
    });
    assert.deepEqual(scan(old, []).parsed, {
      packages: [],
      notes: ['/usr/local/bin/server: Go build info in the pointer format (Go before 1.18) is unsupported'],
    });
  });

  it('lists a (devel) main module without a version and notes it', () => {
    const devel = buildGoBinary({
      goVersion: 'go1.22.1',
      moduleInfo: 'path\texample.com/tool\nmod\texample.com/tool\t(devel)\t\n',
      blobOffset: 0x100,
      totalSize: 0x300,
    });
    const { parsed } = scan(devel, []);
    assert.deepEqual(parsed?.packages[1], {
      type: 'golang',
      name: 'example.com/tool',
      version: '(devel)',
      versioned: false,
    });
    assert.deepEqual(parsed?.notes, [
      '/usr/local/bin/server: main module example.com/tool has version (devel); it is listed without a version',
    ]);
  });

  it('ignores non-ELF files and ELF files without build info, and notes a blob cut off by the end of the file', () => {
    assert.deepEqual(scan(Buffer.from('#!/bin/sh\necho hello\n'.repeat(20)), [2, 2]), { complete: true });
    const plainElf = buildGoBinary({
      goVersion: 'go1.21.5',
      moduleInfo,
      blobOffset: 0x2a0,
      totalSize: 0x800,
    });
    plainElf.fill(0x41, 0x2a0, 0x2b0);
    assert.deepEqual(scan(plainElf, []), { complete: true });
    assert.deepEqual(scan(binary.subarray(0, 0x2a0 + 40), []).parsed?.notes, [
      '/usr/local/bin/server: Go build info is cut off at the end of the file',
    ]);
  });

  it('converts Go versions to the semver form module versions use', () => {
    assert.equal(goVersionToSemver('go1.20'), 'v1.20.0');
    assert.equal(goVersionToSemver('go1.21.5 X:boringcrypto'), 'v1.21.5');
    assert.equal(goVersionToSemver('go1.22rc1'), 'v1.22.0-rc1');
    assert.equal(goVersionToSemver('devel go1.23-4f1a2b Tue'), undefined);
  });

  it('scans executables and files in bin directories, with golang purls', async () => {
    const { results, view } = await inspectLayers(
      [
        {
          digest: 'sha256:go',
          files: [
            { path: '/usr/local/bin/server', content: binary, mode: 0o644 },
            { path: '/app/server', content: binary, mode: 0o755 },
            { path: '/data/server.bin', content: binary, mode: 0o644 },
          ],
        },
      ],
      100,
    );
    const { inventory } = resolveInventory(results, view);
    const files = new Set(inventory.packages.map((record) => record.file));
    assert.deepEqual([...files].sort(), ['/app/server', '/usr/local/bin/server']);
    assert.deepEqual(
      inventory.packages.filter((record) => record.file === '/app/server').map((record) => record.purl),
      [
        'pkg:golang/github.com/acme/internal',
        'pkg:golang/github.com/acme/server@v1.4.0',
        'pkg:golang/github.com/fork/lib@v1.2.0',
        'pkg:golang/github.com/google/uuid@v1.6.0',
        'pkg:golang/golang.org/x/net@v0.17.0',
        'pkg:golang/stdlib@v1.21.5',
      ],
    );
  });
});
