import type { Readable } from 'node:stream';

export interface Peeked {
  /** The first bytes (fewer only when the stream is shorter). */
  head: Buffer;
  /** The stream ended within those bytes; `head` is then all of it and the stream cannot be read again. */
  ended: boolean;
}

/**
 * Reads the first `count` bytes of a paused stream and puts them back, so what follows reads the stream from its
 * start. A stream shorter than `count` is returned whole in `head` instead.
 */
export function peekStream(stream: Readable, count: number): Promise<Peeked> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const cleanup = (): void => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };
    const onReadable = (): void => {
      for (let chunk: unknown = stream.read(); chunk !== null; chunk = stream.read()) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
        chunks.push(buffer);
        length += buffer.length;
        if (length >= count) {
          cleanup();
          const all = Buffer.concat(chunks, length);
          stream.unshift(all);
          resolve({ head: all.subarray(0, count), ended: false });
          return;
        }
      }
    };
    const onEnd = (): void => {
      cleanup();
      resolve({ head: Buffer.concat(chunks, length), ended: true });
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    stream.on('readable', onReadable);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}
