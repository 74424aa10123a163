import type { FileSink } from '../inspect.js';
import { goBinaryPackages, goBuildInfoMagic, readGoBuildInfo } from './go-buildinfo.js';
import type { ParsedPackageFile } from './types.js';

const elfMagic = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
/** Bytes of a match kept across a chunk boundary: one less than the magic, so a split magic is still found. */
const overlap = goBuildInfoMagic.length - 1;
/** Module info of a large program is tens of kilobytes; more than this after the magic is not build info. */
const maxBlob = 4 * 1024 * 1024;

/**
 * Streams an executable, looks for the Go build info magic anywhere in it (the section's offset is only known from
 * section headers at the end of the file) and parses the blob that follows. Non-ELF files are dropped after their
 * first four bytes; nothing but the blob is kept. `done` receives undefined for files that are not Go binaries.
 */
export function goBinarySink(
  path: string,
  maxBytes: number,
  done: (parsed: ParsedPackageFile | undefined, complete: boolean) => void,
): FileSink {
  let state: 'head' | 'search' | 'collect' | 'done' = 'head';
  let head = Buffer.alloc(0);
  let tail = Buffer.alloc(0);
  let blobParts: Buffer[] = [];
  let blobLength = 0;
  let result: ParsedPackageFile | undefined;

  function finishWith(parsed: ParsedPackageFile | undefined): void {
    result = parsed;
    state = 'done';
    blobParts = [];
  }

  /** Parses what has been collected; on a false match, searches again from the byte after it. */
  function tryBlob(): void {
    const blob = Buffer.concat(blobParts, blobLength);
    const read = readGoBuildInfo(blob);
    if (read.status === 'ok') finishWith(goBinaryPackages(path, read.goVersion, read.modinfo));
    else if (read.status === 'unsupported') finishWith({ packages: [], notes: [`${path}: ${read.reason}`] });
    else if (read.status === 'not-build-info') {
      state = 'search';
      tail = Buffer.alloc(0);
      blobParts = [];
      blobLength = 0;
      search(blob.subarray(1));
    } else if (blobLength > maxBlob) {
      finishWith({
        packages: [],
        notes: [`${path}: Go build info is larger than ${maxBlob} bytes; not read`],
      });
    } else {
      blobParts = [blob];
    }
  }

  function collect(bytes: Buffer): void {
    blobParts.push(bytes);
    blobLength += bytes.length;
    tryBlob();
  }

  function search(chunk: Buffer): void {
    const boundary = Buffer.concat([tail, chunk.subarray(0, overlap)]);
    const acrossBoundary = boundary.indexOf(goBuildInfoMagic);
    if (acrossBoundary !== -1) {
      state = 'collect';
      collect(Buffer.concat([boundary.subarray(acrossBoundary), chunk.subarray(overlap)]));
      return;
    }
    const inside = chunk.indexOf(goBuildInfoMagic);
    if (inside !== -1) {
      state = 'collect';
      // A copy: the walk may reuse its chunk buffers after write returns.
      collect(Buffer.from(chunk.subarray(inside)));
      return;
    }
    const carried = chunk.length >= overlap ? chunk : boundary;
    tail = Buffer.from(carried.subarray(Math.max(0, carried.length - overlap)));
  }

  return {
    maxBytes,
    write(chunk) {
      if (state === 'head') {
        head = Buffer.concat([head, chunk.subarray(0, elfMagic.length - head.length)]);
        if (head.length < elfMagic.length) return;
        if (!head.equals(elfMagic)) {
          finishWith(undefined);
          return;
        }
        state = 'search';
      }
      if (state === 'search') search(chunk);
      else if (state === 'collect') collect(Buffer.from(chunk));
    },
    end(truncated) {
      if (state === 'collect') {
        finishWith({ packages: [], notes: [`${path}: Go build info is cut off at the end of the file`] });
      } else if (state === 'search' && truncated) {
        finishWith({
          packages: [],
          notes: [`${path}: only the first ${maxBytes} bytes were searched for Go build info`],
        });
      }
      done(result, !truncated || result?.packages.length !== 0);
    },
  };
}
