import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { PassThrough, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { WalkLimits } from '../../../sources/image/limits.js';
import { parseDigest } from '../../../sources/image/digest.js';
import { LayerDecodeError } from './decode-error.js';
import { peekStream } from './peek.js';
import { zstdDecoder } from './zstd-decode.js';

export type LayerCompression = 'gzip' | 'zstd' | 'none';

export interface LayerDecodeOptions {
  /** Digest the raw bytes must have (`sha256:…`); its algorithm is the one hashed. */
  expectedDigest?: string;
  /** Size the raw bytes must have; a longer blob is cut off at this size plus one byte. */
  expectedSize?: number;
  limits: Pick<WalkLimits, 'maxDecompressedBytes' | 'maxCompressionRatio' | 'maxZstdWindowBytes'>;
  /**
   * What happens to the rest of the raw stream when decoding stops early: an archive entry must be drained for the
   * archive to go on; a file or network stream is closed.
   */
  onStop: 'drain' | 'destroy';
}

export interface LayerDecodeOutcome {
  compression?: LayerCompression;
  rawBytes: number;
  /** Digest of the raw bytes, when they were read to their end. */
  rawDigest?: string;
  tarBytes: number;
  /** sha256 of the decompressed tar (what the config's `rootfs.diff_ids` lists), when it was decoded to its end. */
  diffId?: string;
  /** Problems found once the bytes were read (digest or size mismatch); the caller names the layer. */
  problems: string[];
  /** The error that stopped decoding; the tar reader received it as the stream's error. */
  stopped?: string;
}

export interface DecodedLayer {
  /** The decompressed tar; it errors with the reason when the layer is truncated, corrupt or too large. */
  tar: Readable;
  outcome: Promise<LayerDecodeOutcome>;
}

const gzipMagic = [0x1f, 0x8b] as const;
const zstdMagic = [0x28, 0xb5, 0x2f, 0xfd] as const;

function startsWith(head: Buffer, magic: readonly number[]): boolean {
  return head.length >= magic.length && magic.every((byte, index) => head[index] === byte);
}

/** Compression is told by magic bytes, whatever the media type claims. */
export function sniffCompression(head: Buffer): LayerCompression {
  if (startsWith(head, gzipMagic)) return 'gzip';
  if (startsWith(head, zstdMagic)) return 'zstd';
  return 'none';
}

function describeFailure(error: unknown, compression: LayerCompression): LayerDecodeError {
  if (error instanceof LayerDecodeError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const text = error instanceof Error ? error.message : String(error);
  if (compression === 'gzip' && (code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(text))) {
    return new LayerDecodeError('truncated', 'gzip data ends early (truncated layer)');
  }
  if (compression === 'gzip' && code.startsWith('Z_')) {
    return new LayerDecodeError('corrupt', `gzip data is corrupt: ${text}`);
  }
  if (/unexpected end of data/i.test(text))
    return new LayerDecodeError('truncated', 'the data ends early (truncated)');
  if (code.startsWith('E')) return new LayerDecodeError('read', `could not read the blob: ${text}`);
  return new LayerDecodeError('corrupt', text);
}

function waitForDrain(stream: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

class LayerDecoder {
  readonly output = new PassThrough();
  private readonly rawHash: Hash;
  private readonly tarHash = createHash('sha256');
  private readonly algorithm: 'sha256' | 'sha512';
  private rawBytes = 0;
  private tarBytes = 0;
  private compression: LayerCompression | undefined;
  /** The first reason this decoder gave up; a pipeline reports the abort it causes in the other stages instead. */
  private failure: LayerDecodeError | undefined;

  constructor(
    private readonly raw: Readable,
    private readonly options: LayerDecodeOptions,
  ) {
    const expected = options.expectedDigest === undefined ? undefined : parseDigest(options.expectedDigest);
    this.algorithm = expected?.algorithm ?? 'sha256';
    this.rawHash = createHash(this.algorithm);
  }

  /** Hashes and counts raw bytes; refuses to read past the declared size. */
  private rawTap(): Transform {
    const limit = this.options.expectedSize;
    return new Transform({
      transform: (chunk: Buffer, _encoding, callback) => {
        this.rawBytes += chunk.length;
        if (limit !== undefined && this.rawBytes > limit) {
          const message = `the blob is larger than the ${limit} bytes its descriptor declares; reading stopped`;
          callback(this.fail(new LayerDecodeError('mismatch', message)));
          return;
        }
        this.rawHash.update(chunk);
        callback(null, chunk);
      },
    });
  }

  /** Forwards decoded bytes to the tar reader, hashing them and stopping a decompression bomb. */
  private async forward(source: AsyncIterable<Buffer>): Promise<void> {
    const { maxDecompressedBytes, maxCompressionRatio } = this.options.limits;
    for await (const chunk of source) {
      this.tarBytes += chunk.length;
      if (
        this.tarBytes > maxDecompressedBytes &&
        this.tarBytes > maxCompressionRatio * Math.max(1, this.rawBytes)
      ) {
        throw this.fail(
          new LayerDecodeError(
            'limit',
            `decompresses to more than ${maxDecompressedBytes} bytes, over ${maxCompressionRatio} times its ` +
              `${this.rawBytes} compressed bytes read so far (a decompression bomb?); reading stopped`,
          ),
        );
      }
      this.tarHash.update(chunk);
      if (this.output.destroyed) throw new LayerDecodeError('read', 'the tar reader stopped');
      if (!this.output.write(chunk)) await waitForDrain(this.output);
    }
  }

  private gunzip(): Transform {
    // Larger output chunks than zlib's 16 KiB default: fewer hops per gigabyte through the tar reader.
    const gunzip = createGunzip({ chunkSize: 256 * 1024 });
    gunzip.on('error', (error) => this.fail(describeFailure(error, 'gzip')));
    return gunzip;
  }

  private fail(error: LayerDecodeError): LayerDecodeError {
    this.failure ??= error;
    return error;
  }

  async run(): Promise<LayerDecodeOutcome> {
    const tap = this.rawTap();
    let rawEnded = false;
    const rawDone = new Promise<boolean>((resolve) => {
      tap.on('finish', () => {
        rawEnded = true;
        resolve(true);
      });
      tap.on('close', () => resolve(rawEnded));
    });
    // A blob that fails after its last byte (a digest mismatch) destroys the tap once nothing reads it any more; the
    // failure is already recorded, so the tap's own error event has nothing left to report.
    tap.on('error', () => undefined);
    this.raw.on('error', (error) => tap.destroy(this.fail(describeFailure(error, 'none'))));
    this.raw.pipe(tap);
    try {
      const peeked = await peekStream(tap, 4);
      this.compression = sniffCompression(peeked.head);
      const input = peeked.ended ? Readable.from([peeked.head]) : tap;
      await this.decode(input);
      this.output.end();
    } catch (error) {
      const failure = this.failure ?? describeFailure(error, this.compression ?? 'none');
      tap.destroy();
      if (this.options.onStop === 'drain') this.raw.resume();
      else this.raw.destroy();
      this.output.destroy(failure);
      // A blob cut short ends the decoder too: then both the cut and the size it should have had are reported.
      return this.outcome(rawEnded, failure.message);
    }
    return this.outcome(await rawDone);
  }

  private async decode(input: Readable): Promise<void> {
    const forward = (source: AsyncIterable<Buffer>): Promise<void> => this.forward(source);
    switch (this.compression) {
      case 'gzip':
        await pipeline(input, this.gunzip(), forward);
        return;
      case 'zstd':
        await pipeline(
          input,
          zstdDecoder(this.options.limits.maxZstdWindowBytes, (error) => this.fail(error)),
          forward,
        );
        return;
      default:
        await pipeline(input, forward);
    }
  }

  private outcome(rawComplete: boolean, stopped?: string): LayerDecodeOutcome {
    const problems: string[] = [];
    const rawDigest = rawComplete ? `${this.algorithm}:${this.rawHash.digest('hex')}` : undefined;
    const { expectedDigest, expectedSize } = this.options;
    if (rawComplete && expectedSize !== undefined && this.rawBytes !== expectedSize) {
      problems.push(`the blob has ${this.rawBytes} bytes but its descriptor declares ${expectedSize}`);
    }
    if (rawDigest !== undefined && expectedDigest !== undefined && rawDigest !== expectedDigest) {
      problems.push(`the blob's digest is ${rawDigest}, not ${expectedDigest} as its descriptor says`);
    }
    return {
      ...(this.compression === undefined ? {} : { compression: this.compression }),
      rawBytes: this.rawBytes,
      ...(rawDigest === undefined ? {} : { rawDigest }),
      tarBytes: this.tarBytes,
      ...(stopped === undefined ? { diffId: `sha256:${this.tarHash.digest('hex')}` } : { stopped }),
      problems,
    };
  }
}

/**
 * Turns a layer blob into its tar stream: sniffs gzip / zstd / plain tar by magic bytes, hashes the raw bytes and
 * the decompressed tar, and stops a layer that decompresses past the limits. The tar stream errors with the reason
 * when the data is truncated, corrupt or too large; `outcome` resolves (never rejects) once all is known.
 */
export function decodeLayer(raw: Readable, options: LayerDecodeOptions): DecodedLayer {
  const decoder = new LayerDecoder(raw, options);
  return { tar: decoder.output, outcome: decoder.run() };
}

/** Compares a decoded layer's tar digest with the config's `rootfs.diff_ids` entry. */
export function checkDiffId(outcome: LayerDecodeOutcome, expected: string | undefined): string[] {
  if (expected === undefined || outcome.diffId === undefined || outcome.diffId === expected) return [];
  return [`its uncompressed digest is ${outcome.diffId}, not ${expected} as the config's diff_ids say`];
}
