import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { parseDigest } from '../../../sources/image/digest.js';
import type { Descriptor } from '../../../sources/image/schema.js';

/** A blob that is not what its descriptor says, too large to read, or unreadable. */
export class BlobError extends Error {}

/** Refuses, before reading anything, a JSON blob whose declared size is over the limit or whose digest is invalid. */
export function checkJsonDescriptor(descriptor: Descriptor, maxBytes: number, what: string): void {
  if (parseDigest(descriptor.digest) === undefined) {
    throw new BlobError(`${what} has an invalid digest ${JSON.stringify(descriptor.digest)}`);
  }
  if (descriptor.size > maxBytes) {
    throw new BlobError(
      `${what} declares ${descriptor.size} bytes, more than the ${maxBytes} accepted; not read`,
    );
  }
}

/** Checks bytes against a descriptor's digest and size. */
export function verifyBlob(
  bytes: Buffer,
  descriptor: Pick<Descriptor, 'digest' | 'size'>,
  what: string,
): void {
  const digest = parseDigest(descriptor.digest);
  if (digest === undefined)
    throw new BlobError(`${what} has an invalid digest ${JSON.stringify(descriptor.digest)}`);
  const actual = `${digest.algorithm}:${createHash(digest.algorithm).update(bytes).digest('hex')}`;
  if (actual !== descriptor.digest) {
    throw new BlobError(`${what}: the content's digest is ${actual}, not ${descriptor.digest}`);
  }
  if (bytes.length !== descriptor.size) {
    throw new BlobError(`${what}: the content has ${bytes.length} bytes, not ${descriptor.size} as declared`);
  }
}

/** Reads a whole stream of at most `maxBytes`; a longer one is refused once it passes the limit. */
export async function readBounded(stream: Readable, maxBytes: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    length += buffer.length;
    if (length > maxBytes) {
      stream.destroy();
      throw new BlobError(`${what} is larger than the ${maxBytes} bytes accepted; not read`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, length);
}
