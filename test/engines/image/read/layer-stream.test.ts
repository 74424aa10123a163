import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { decodeLayer } from '../../../../src/engines/image/read/layer-stream.js';
import { ZstdFrameGuard } from '../../../../src/engines/image/read/zstd-frames.js';
import { defaultWalkLimits } from '../../../../src/sources/image/limits.js';
import { walkLayerTar } from '../../../../src/sources/image/walk-layer.js';
import { file, requireZstd, tarOf } from '../../../support/image-builder.js';
import { spawnSync } from 'node:child_process';

const mebibyte = 1024 * 1024;

function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function zstd(bytes: Buffer): Buffer {
  return spawnSync('zstd', ['-q', '-c'], { input: bytes }).stdout;
}

/** Decodes and walks one blob; returns what the walk and the decoder said. */
async function decode(bytes: Buffer, limits = {}, expected: { digest?: string; size?: number } = {}) {
  const decoded = decodeLayer(Readable.from([bytes]), {
    limits: { ...defaultWalkLimits, ...limits },
    onStop: 'destroy',
    ...(expected.digest === undefined ? {} : { expectedDigest: expected.digest }),
    ...(expected.size === undefined ? {} : { expectedSize: expected.size }),
  });
  const walk = await walkLayerTar(decoded.tar, { digest: 'sha256:blob' }, {});
  return { walk, outcome: await decoded.outcome };
}

/** A zstd frame header (no checksum, no content size) with the given window log, then `blocks`. */
function zstdFrame(windowLog: number, blocks: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, (windowLog - 10) << 3]), blocks]);
}

/** An RLE block: 4 bytes standing for `size` copies of one byte. */
function rleBlock(size: number, last: boolean): Buffer {
  const header = (size << 3) | (1 << 1) | (last ? 1 : 0);
  return Buffer.from([header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff, 0]);
}

describe('decodeLayer', () => {
  test('gzip, zstd and plain tar decode to the same tar, hashed on the way', async (t) => {
    const tar = await tarOf([file('/etc/hostname', 'box\n')]);
    const blobs: [string, Buffer][] = [
      ['none', tar],
      ['gzip', gzipSync(tar)],
    ];
    const skip = requireZstd();
    if (skip === undefined) blobs.push(['zstd', zstd(tar)]);
    else t.diagnostic(`zstd not checked: ${skip}`);
    for (const [compression, blob] of blobs) {
      const { walk, outcome } = await decode(blob, {}, { digest: sha256(blob), size: blob.length });
      assert.deepEqual(
        walk.entries.map((entry) => entry.path),
        ['/etc/hostname'],
        compression,
      );
      assert.equal(outcome.compression, compression);
      assert.equal(outcome.diffId, sha256(tar));
      assert.equal(outcome.rawDigest, sha256(blob));
      assert.deepEqual(outcome.problems, []);
    }
  });

  test('digest and size mismatches are problems of the outcome', async () => {
    const blob = gzipSync(await tarOf([file('/a', 'a')]));
    const { outcome } = await decode(blob, {}, { digest: `sha256:${'1'.repeat(64)}`, size: blob.length + 5 });
    assert.deepEqual(outcome.problems, [
      `the blob has ${blob.length} bytes but its descriptor declares ${blob.length + 5}`,
      `the blob's digest is ${sha256(blob)}, not sha256:${'1'.repeat(64)} as its descriptor says`,
    ]);
  });

  test('corrupt gzip data is an error of the layer', async () => {
    const blob = gzipSync(await tarOf([file('/a', 'a'.repeat(1000))]));
    blob[blob.length - 6] = (blob[blob.length - 6] ?? 0) ^ 0xff;
    const { walk, outcome } = await decode(blob);
    assert.match(walk.errors[0]?.message ?? '', /^layer sha256:blob: gzip data is corrupt/);
    assert.match(outcome.stopped ?? '', /gzip data is corrupt/);
  });

  test('a zstd frame asking for a huge window is refused before decoding', async () => {
    const blob = zstdFrame(31, rleBlock(16, true));
    const { walk } = await decode(blob);
    assert.deepEqual(
      walk.errors.map((error) => error.message),
      [
        'layer sha256:blob: a zstd frame needs a 2147483648-byte window, more than the limit of 134217728 bytes; ' +
          'reading stopped',
      ],
    );
  });

  test('a zstd run-length bomb stops at the limit', async () => {
    const blocks = Array.from({ length: 100_000 }, (_, index) => rleBlock(128 * 1024, index === 99_999));
    const blob = zstdFrame(17, Buffer.concat(blocks));
    const { walk, outcome } = await decode(blob, { maxDecompressedBytes: 32 * mebibyte });
    assert.match(walk.errors[0]?.message ?? '', /decompresses to more than 33554432 bytes/);
    assert.ok(outcome.tarBytes < 100 * mebibyte, `${outcome.tarBytes} bytes decoded`);
  });

  test('zstd data cut short is a truncated layer', { skip: requireZstd() }, async () => {
    const blob = zstd(await tarOf([file('/a', 'x'.repeat(100_000))]));
    const { walk } = await decode(blob.subarray(0, blob.length - 10));
    assert.deepEqual(
      walk.errors.map((error) => error.message),
      ['layer sha256:blob: zstd data ends early (truncated layer)'],
    );
  });

  test('the frame guard follows skippable frames and several frames', () => {
    const guard = new ZstdFrameGuard(mebibyte);
    const skippable = Buffer.from([0x50, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 1, 2, 3]);
    const frame = zstdFrame(17, rleBlock(10, true));
    const stream = Buffer.concat([skippable, frame, frame]);
    for (const byte of stream) guard.scan(Buffer.from([byte]));
    assert.equal(guard.atFrameBoundary(), true);
    guard.scan(frame.subarray(0, 7));
    assert.equal(guard.atFrameBoundary(), false);
    assert.throws(() => new ZstdFrameGuard(mebibyte).scan(Buffer.from('not zstd')), /no frame starts here/);
  });
});
