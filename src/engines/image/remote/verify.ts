import { createHash } from 'node:crypto';
import { Transform, pipeline } from 'node:stream';
import type { Readable, TransformCallback } from 'node:stream';
import { parseDigest } from '../../../sources/image/digest.js';
import { RemoteImageError } from './errors.js';

export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The digest of `bytes` with the algorithm `like` uses (sha256 or sha512), to compare with `like`. */
export function digestLike(like: string, bytes: Buffer): string {
  const algorithm = parseDigest(like)?.algorithm ?? 'sha256';
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

export interface ExpectedContent {
  digest: string;
  /** Declared size in bytes; checked when given. */
  size?: number;
}

/**
 * Passes bytes through while hashing them; fails the stream when the content is longer than declared (as soon as it
 * is) or when, at the end, its digest or length differ from what the manifest promised. `label` names the blob in
 * the error (`layer sha256:… of registry/repo`).
 */
export function digestVerifier(expected: ExpectedContent, label: string): Transform {
  const parsed = parseDigest(expected.digest);
  if (parsed === undefined) {
    throw new RemoteImageError(
      `${label}: "${expected.digest}" is not a sha256 or sha512 digest, so it cannot be verified`,
    );
  }
  const hash = createHash(parsed.algorithm);
  let length = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      length += chunk.length;
      if (expected.size !== undefined && length > expected.size) {
        callback(
          new RemoteImageError(`${label}: more bytes than the ${expected.size} its descriptor declares`),
        );
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      const actual = `${parsed.algorithm}:${hash.digest('hex')}`;
      if (expected.size !== undefined && length !== expected.size) {
        callback(
          new RemoteImageError(`${label}: ${length} bytes, but its descriptor declares ${expected.size}`),
        );
      } else if (actual !== expected.digest) {
        callback(
          new RemoteImageError(`${label}: content does not match its digest (the bytes hash to ${actual})`),
        );
      } else {
        callback();
      }
    },
  });
}

/** `source` seen through a digest verifier; errors of either side reach the returned stream. */
export function verifiedStream(source: Readable, expected: ExpectedContent, label: string): Readable {
  const verifier = digestVerifier(expected, label);
  // Errors surface on `verifier`, which the caller reads; the callback only keeps pipeline from throwing.
  pipeline(source, verifier, () => undefined);
  return verifier;
}

/** Collects a stream into one buffer, failing when it grows past `limit` bytes. */
export async function collectStream(stream: Readable, limit: number, label: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    length += buffer.length;
    if (length > limit) {
      stream.destroy();
      throw new RemoteImageError(`${label}: larger than the ${limit} bytes Bulwark accepts for it`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, length);
}
