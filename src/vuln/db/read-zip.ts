import { closeSync, openSync, readSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { VulnDbError } from './errors.js';
import type { SourceDocument } from './read-source.js';

/** No single OSV record comes near this; a bigger entry is a broken or hostile archive, not a record. */
export const maxDocumentBytes = 32 * 1024 * 1024;

const localHeaderSignature = 0x04034b50;
const localHeaderSize = 30;
const stored = 0;
const deflated = 8;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads up to `length` bytes at `position`; fewer only at the end of the file. */
function readUpTo(descriptor: number, length: number, position: number): Buffer {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const count = readSync(descriptor, buffer, done, length - done, position + done);
    if (count === 0) break;
    done += count;
  }
  return buffer.subarray(0, done);
}

/** Room for the local header's name and extra field, which may differ from the directory's copy. */
const headerSlack = 1024;

/**
 * One entry's bytes. yauzl's per-entry streams cost a zlib stream and several reads each, which dominates an import
 * of a hundred thousand small records; the local header and the data are instead read with one positioned read and
 * inflated in one call. Sizes are checked against the central directory, as yauzl would.
 */
function entryData(descriptor: number, entry: yauzl.Entry): Buffer {
  if (entry.isEncrypted()) throw new Error('encrypted entries are not supported');
  const start = entry.relativeOffsetOfLocalHeader;
  let chunk = readUpTo(
    descriptor,
    localHeaderSize + entry.fileNameLength + headerSlack + entry.compressedSize,
    start,
  );
  if (chunk.length < localHeaderSize || chunk.readUInt32LE(0) !== localHeaderSignature)
    throw new Error('no local file header where the directory points');
  const dataOffset = localHeaderSize + chunk.readUInt16LE(26) + chunk.readUInt16LE(28);
  if (chunk.length < dataOffset + entry.compressedSize)
    chunk = readUpTo(descriptor, dataOffset + entry.compressedSize, start);
  if (chunk.length < dataOffset + entry.compressedSize) throw new Error('the archive ends inside this entry');
  const raw = chunk.subarray(dataOffset, dataOffset + entry.compressedSize);
  let data: Buffer;
  if (entry.compressionMethod === stored) data = raw;
  else if (entry.compressionMethod === deflated)
    data = inflateRawSync(raw, { maxOutputLength: maxDocumentBytes });
  else throw new Error(`compression method ${entry.compressionMethod} is not supported`);
  if (data.length !== entry.uncompressedSize)
    throw new Error(`${data.length} bytes instead of the ${entry.uncompressedSize} the directory gives`);
  return data;
}

/** Every `*.json` entry of a zip, read one at a time in directory order; the archive is never held in memory. */
export async function* zipDocuments(
  zipPath: string,
  isWanted: (name: string) => boolean,
): AsyncGenerator<SourceDocument> {
  let zip: yauzl.ZipFile;
  let descriptor: number;
  try {
    zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false });
    descriptor = openSync(zipPath, 'r');
  } catch (error) {
    throw new VulnDbError(`${zipPath}: not a readable zip archive (${describe(error)})`);
  }
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/') || !isWanted(entry.fileName)) continue;
      if (entry.uncompressedSize > maxDocumentBytes) {
        yield { file: entry.fileName, error: `larger than ${maxDocumentBytes} bytes` };
        continue;
      }
      let text: string;
      try {
        text = entryData(descriptor, entry).toString('utf8');
      } catch (error) {
        yield { file: entry.fileName, error: `cannot read the entry: ${describe(error)}` };
        continue;
      }
      yield { file: entry.fileName, text };
    }
  } catch (error) {
    throw new VulnDbError(`${zipPath}: the zip archive is damaged (${describe(error)})`);
  } finally {
    closeSync(descriptor);
    if (zip.isOpen) zip.close();
  }
}
