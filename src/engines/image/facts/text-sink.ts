import { binarySniffLength } from '../../../secrets/index.js';
import type { FileSink } from '../../../sources/index.js';

/**
 * Collects a file as text, up to `maxBytes`. A NUL byte among the first bytes marks the file binary: the sink then
 * drops what it holds and ignores the rest, and `done` is never called.
 */
export function textSink(maxBytes: number, done: (text: string) => void): FileSink {
  const chunks: Buffer[] = [];
  let length = 0;
  let binary = false;
  return {
    maxBytes,
    write(chunk) {
      if (binary) return;
      if (length < binarySniffLength && chunk.subarray(0, binarySniffLength - length).includes(0)) {
        binary = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
      length += chunk.length;
    },
    end() {
      if (!binary) done(Buffer.concat(chunks, length).toString('utf8'));
    },
  };
}
