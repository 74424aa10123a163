import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import tarStream from 'tar-stream';
import { parseDigest } from '../../../sources/image/digest.js';
import { normaliseEntryName, resolveSymlinkTarget } from '../../../sources/image/entry-path.js';
import type { WalkLimits } from '../../../sources/image/limits.js';
import { errorText } from '../../../sources/image/schema.js';
import type { ImageReadProblem, InspectionSet } from '../../../sources/image/walk-layer.js';
import { readBounded } from './blob-check.js';
import { decodeLayer, sniffCompression } from './layer-stream.js';
import { peekStream } from './peek.js';
import type { ReadLayer } from './read-layer.js';
import { readLayerBlob } from './read-layer.js';

/** What one pass over an image archive collected, keyed by path inside the archive (no leading `/`). */
export interface ArchiveScan<S extends InspectionSet> {
  /** Small JSON entries: manifests, indexes, configs. */
  json: Map<string, Buffer>;
  /** Link entries (`docker save` links a repeated layer to its first copy): path → target path. */
  links: Map<string, string>;
  /** Every entry that looked like a layer, walked as it streamed by. */
  layers: Map<string, ReadLayer<S>>;
  /** Entries that were not read, with the reason (reported only if the manifest names them). */
  skipped: Map<string, string>;
  errors: ImageReadProblem[];
  notes: string[];
  /** False when the archive ended early or was not a valid tar. */
  complete: boolean;
}

const metadataNames = new Set(['manifest.json', 'index.json', 'oci-layout', 'repositories']);
// Everything buffered at once stays below this, whatever the number of small JSON entries.
const maxBufferedJsonBytes = 64 * 1024 * 1024;
const tarHeaderBytes = 512;

/** A 512-byte block whose checksum field matches its bytes (or an all-zero block: an empty tar). */
export function looksLikeTarHeader(head: Buffer): boolean {
  if (head.length < tarHeaderBytes) return false;
  const block = head.subarray(0, tarHeaderBytes);
  if (block.every((byte) => byte === 0)) return true;
  const field = block.subarray(148, 156).toString('latin1').replace(/\0.*$/s, '').trim();
  if (!/^[0-7]+$/.test(field)) return false;
  let sum = 0;
  for (const [index, byte] of block.entries()) sum += index >= 148 && index < 156 ? 0x20 : byte;
  return sum === Number.parseInt(field, 8);
}

function looksLikeJson(head: Buffer): boolean {
  const text = head.toString('utf8').trimStart();
  return text.startsWith('{') || text.startsWith('[');
}

/** `blobs/sha256/<hex>` names its own digest. */
export function digestOfBlobPath(path: string): string | undefined {
  const match = /^blobs\/(?<algorithm>[a-z0-9]+)\/(?<hex>[0-9a-f]+)$/.exec(path);
  const digest =
    match?.groups === undefined ? undefined : `${match.groups['algorithm']}:${match.groups['hex']}`;
  return digest !== undefined && parseDigest(digest) !== undefined ? digest : undefined;
}

/** Archive links: symlinks resolve from their directory, hard links from the archive root. */
function linkTargetPath(path: string, type: 'symlink' | 'link', target: string): string | undefined {
  if (type === 'symlink') return resolveSymlinkTarget(path, target);
  const normal = normaliseEntryName(target);
  return normal.ok ? normal.path : undefined;
}

async function drain(stream: Readable): Promise<void> {
  stream.resume();
  try {
    await finished(stream);
  } catch {
    // A stream that broke off is reported by whoever reads the archive; draining only has to stop waiting.
  }
}

type EntryKind = 'json' | 'layer' | 'other';

class ArchiveScanner<S extends InspectionSet> {
  readonly scan: ArchiveScan<S> = {
    json: new Map(),
    links: new Map(),
    layers: new Map(),
    skipped: new Map(),
    errors: [],
    notes: [],
    complete: false,
  };
  private bufferedJson = 0;

  constructor(
    private readonly inspections: S,
    private readonly limits: WalkLimits,
  ) {}

  private classify(path: string, head: Buffer, size: number): EntryKind {
    if (sniffCompression(head) !== 'none' || looksLikeTarHeader(head)) return 'layer';
    if (metadataNames.has(path) || looksLikeJson(head)) {
      if (size <= this.limits.maxJsonBytes && this.bufferedJson + size <= maxBufferedJsonBytes) return 'json';
      this.scan.skipped.set(
        path,
        `a JSON document of ${size} bytes, more than the ${this.limits.maxJsonBytes} accepted`,
      );
      return 'other';
    }
    this.scan.skipped.set(path, 'neither a layer (tar, gzip or zstd) nor a JSON document');
    return 'other';
  }

  async entry(entry: AsyncIterable<unknown> & { header: tarStream.Header }): Promise<void> {
    const header = entry.header;
    const stream = Readable.from(entry, { objectMode: false });
    const normal = normaliseEntryName(header.name);
    if (!normal.ok) {
      this.scan.errors.push({
        entry: header.name,
        message: `archive entry ${JSON.stringify(header.name)}: ${normal.reason}`,
      });
      return drain(stream);
    }
    const path = normal.path.slice(1);
    if (header.type === 'symlink' || header.type === 'link') {
      const target = linkTargetPath(normal.path, header.type, header.linkname ?? '');
      if (target !== undefined) this.scan.links.set(path, target.slice(1));
      return drain(stream);
    }
    if (header.type !== 'file' && header.type !== 'contiguous-file') return drain(stream);
    const peeked = await peekStream(stream, tarHeaderBytes);
    const body = peeked.ended ? Readable.from([peeked.head]) : stream;
    const kind = this.classify(path, peeked.head, header.size);
    if (kind === 'json') {
      try {
        const bytes = peeked.ended ? peeked.head : await readBounded(body, this.limits.maxJsonBytes, path);
        this.bufferedJson += bytes.length;
        this.scan.json.set(path, bytes);
      } catch (error) {
        this.scan.skipped.set(path, errorText(error));
      }
      return drain(stream);
    }
    if (kind === 'layer') {
      const expectedDigest = digestOfBlobPath(path);
      const read = await readLayerBlob(body, { digest: expectedDigest ?? path }, this.inspections, {
        ...(expectedDigest === undefined ? {} : { expectedDigest }),
        limits: this.limits,
        onStop: 'drain',
      });
      this.scan.layers.set(path, read);
    }
    return drain(stream);
  }
}

function describeArchiveFailure(error: unknown): string {
  const text = errorText(error);
  if (/unexpected end of data|ends early/i.test(text)) return 'the archive ends early (truncated)';
  if (/invalid tar header/i.test(text)) return `the archive is not a valid tar: ${text}`;
  return `the archive could not be read: ${text}`;
}

/**
 * One streaming pass over an image archive (`docker save` in either style, or an oci-archive; plain, gzip or zstd):
 * buffers the small JSON documents and walks every entry that looks like a layer as it streams by, whatever the
 * order. Which walks belong to the image is decided afterwards, once the manifest is known.
 */
export async function scanArchive<S extends InspectionSet>(
  stream: Readable,
  inspections: S,
  limits: WalkLimits,
): Promise<ArchiveScan<S>> {
  const scanner = new ArchiveScanner(inspections, limits);
  const decoded = decodeLayer(stream, { limits, onStop: 'destroy' });
  const extract = tarStream.extract();
  decoded.tar.on('error', (error) => extract.destroy(error));
  decoded.tar.pipe(extract);
  try {
    for await (const entry of extract) await scanner.entry(entry);
    scanner.scan.complete = true;
  } catch (error) {
    scanner.scan.errors.push({ message: describeArchiveFailure(error) });
    decoded.tar.destroy();
  }
  await decoded.outcome;
  return scanner.scan;
}
