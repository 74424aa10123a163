import { Decompress } from 'fzstd';
import { LayerDecodeError } from './decode-error.js';
import { ZstdFrameGuard } from './zstd-frames.js';

// The decoder turns each pushed slice into output at once, and a run-length block of 4 bytes can stand for 128 KiB:
// small slices keep what one step produces (at most ~16 MiB) small, and the generator yields it before the next.
const sliceBytes = 512;

function asBuffer(data: Uint8Array): Buffer {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

function describeZstdError(error: unknown): LayerDecodeError {
  if (error instanceof LayerDecodeError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const text = error instanceof Error ? error.message : String(error);
  // fzstd's code 5 is "unexpected EOF".
  if (code === 5) return new LayerDecodeError('truncated', `zstd data ends early (truncated layer)`);
  return new LayerDecodeError('corrupt', `zstd data is corrupt: ${text}`);
}

/**
 * A pipeline stage that decompresses zstd with bounded memory, refusing windows above `maxWindowBytes`. `report`
 * sees the reason first: a pipeline may surface the abort it causes in another stage instead.
 */
export function zstdDecoder(
  maxWindowBytes: number,
  report: (error: LayerDecodeError) => LayerDecodeError,
): (source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer> {
  return async function* decode(source) {
    const guard = new ZstdFrameGuard(maxWindowBytes);
    const produced: Buffer[] = [];
    const decoder = new Decompress((data) => {
      if (data.byteLength > 0) produced.push(asBuffer(data));
    });
    try {
      for await (const chunk of source) {
        for (let offset = 0; offset < chunk.length; offset += sliceBytes) {
          const slice = chunk.subarray(offset, offset + sliceBytes);
          guard.scan(slice);
          decoder.push(slice);
          for (let next = produced.shift(); next !== undefined; next = produced.shift()) yield next;
        }
      }
      if (!guard.atFrameBoundary()) {
        throw new LayerDecodeError('truncated', `zstd data ends early (truncated layer)`);
      }
      decoder.push(new Uint8Array(0), true);
      for (let next = produced.shift(); next !== undefined; next = produced.shift()) yield next;
    } catch (error) {
      throw report(describeZstdError(error));
    }
  };
}
