import type { Readable } from 'node:stream';
import tarStream from 'tar-stream';
import type { LayerRef } from '../../core/index.js';
import { baseName, normaliseEntryName, parentPath, resolveSymlinkTarget } from './entry-path.js';
import type { FileSink, Inspection, LayerEntry, LayerInspector } from './inspect.js';
import type { WalkLimits } from './limits.js';
import { resolveLimits } from './limits.js';
import { NoteList } from './note-list.js';
import { errorText } from './schema.js';

/**
 * The inspections of one read, keyed by a name the caller picks. Results come back under the same keys, typed:
 * `{ packages: packageInspection, files: fileInspection }` gives `results.packages` the package inspector's type.
 */
export type InspectionSet = Readonly<Record<string, Inspection<unknown>>>;

export type InspectionResults<S extends InspectionSet> = {
  [K in keyof S]: S[K] extends Inspection<infer Result> ? Result : never;
};

/** A problem reading an image, naming the layer (digest) and tar entry (as written) where they exist. */
export interface ImageReadProblem {
  layer?: string;
  entry?: string;
  message: string;
}

/** What one layer's tar held: entry metadata in tar order, its whiteouts, and each inspection's result. */
export interface LayerWalk<S extends InspectionSet = InspectionSet> {
  layer: LayerRef;
  /** Every non-whiteout entry in tar order (a path written twice appears twice; the later one wins). */
  entries: LayerEntry[];
  /** Paths `.wh.NAME` entries delete from lower layers (with everything under them). */
  whiteouts: string[];
  /** Directories whose lower-layer content `.wh..wh..opq` hides; this layer's own content in them stays. */
  opaqueDirs: string[];
  errors: ImageReadProblem[];
  notes: string[];
  /** An inspection whose inspector failed has no result here; its failure is in `errors`. */
  results: Partial<InspectionResults<S>>;
  /** False when the tar failed or ended early; everything read before that still counts. */
  complete: boolean;
}

const opaqueMarker = '.wh..wh..opq';
const whiteoutPrefix = '.wh.';
// AUFS kept hard-link bookkeeping under `.wh..wh.` names; they are metadata, never files of the image.
const aufsMetaPrefix = '.wh..wh.';

interface Running {
  key: string;
  name: string;
  inspector: LayerInspector<unknown>;
  failed: boolean;
}

interface OpenSink {
  sink: FileSink;
  owner: Running;
  remaining: number;
  capped: boolean;
}

type TarHeader = tarStream.Header;
type TarEntry = AsyncIterable<unknown> & { header: TarHeader };
type ExtractOptions = NonNullable<Parameters<typeof tarStream.extract>[0]> & { allowUnknownFormat?: boolean };

// tar-stream reads this option although its typings do not list it.
const createExtract: (options: ExtractOptions) => tarStream.Extract = tarStream.extract;

function asBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk));
}

function entryTypeOf(header: TarHeader): LayerEntry['type'] {
  switch (header.type) {
    case 'file':
    case 'contiguous-file':
      return 'file';
    case 'directory':
      return 'directory';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'hardlink';
    default:
      return 'other';
  }
}

// Large ids do not fit the ustar fields; pax records carry them instead.
function paxNumber(header: TarHeader, key: string): number | undefined {
  const pax = header.pax;
  if (typeof pax !== 'object' || pax === null) return undefined;
  const text: unknown = Reflect.get(pax, key);
  if (typeof text !== 'string' || !/^\d+$/.test(text)) return undefined;
  return Number(text);
}

class LayerWalker<S extends InspectionSet> {
  readonly walk: LayerWalk<S>;
  private readonly running: Running[] = [];
  private readonly notes: NoteList;
  private recorded = 0;
  private dropped = 0;
  private extraErrors = 0;

  constructor(
    layer: LayerRef,
    inspections: S,
    private readonly limits: WalkLimits,
  ) {
    this.walk = {
      layer,
      entries: [],
      whiteouts: [],
      opaqueDirs: [],
      errors: [],
      notes: [],
      results: {},
      complete: false,
    };
    this.notes = new NoteList(limits.maxNotesPerLayer);
    for (const key of Object.keys(inspections).sort()) {
      const inspection = inspections[key];
      if (inspection === undefined) continue;
      try {
        this.running.push({ key, name: inspection.name, inspector: inspection.start(layer), failed: false });
      } catch (error) {
        this.error(`inspection ${inspection.name} could not start: ${errorText(error)}`);
      }
    }
  }

  private error(message: string, entry?: string): void {
    if (this.walk.errors.length >= this.limits.maxNotesPerLayer) {
      this.extraErrors += 1;
      return;
    }
    const where = entry === undefined ? '' : `${JSON.stringify(entry)}: `;
    this.walk.errors.push({
      layer: this.walk.layer.digest,
      ...(entry === undefined ? {} : { entry }),
      message: `layer ${this.walk.layer.digest}: ${where}${message}`,
    });
  }

  private note(message: string): void {
    this.notes.add(`layer ${this.walk.layer.digest}: ${message}`);
  }

  private inspectorFailed(owner: Running, error: unknown, entry?: string): void {
    owner.failed = true;
    this.error(`inspection ${owner.name} failed: ${errorText(error)}`, entry);
  }

  async handle(entry: TarEntry): Promise<void> {
    const header = entry.header;
    const record = this.describe(header);
    const sinks = record === undefined ? [] : this.openSinks(record, header.name);
    let whole = false;
    try {
      for await (const chunk of entry) this.deliver(sinks, asBuffer(chunk), header.name);
      whole = true;
    } finally {
      // A file cut short by a broken stream is as incomplete as one cut at the sink's limit.
      for (const open of sinks) this.closeSink(open, header.name, !whole);
    }
  }

  /** Validates and records one entry; undefined when it is skipped or is a whiteout. */
  private describe(header: TarHeader): LayerEntry | undefined {
    const name = header.name;
    const normal = normaliseEntryName(name);
    if (!normal.ok) {
      this.error(`${normal.reason}; entry skipped`, name);
      return undefined;
    }
    if (normal.absolute)
      this.note(`entry ${JSON.stringify(name)} has an absolute path; read as ${normal.path}`);
    const type = entryTypeOf(header);
    if (this.isWhiteout(normal.path, name)) return undefined;
    if (normal.path === '/') {
      if (type !== 'directory')
        this.error('the image root is written as something other than a directory', name);
      return undefined;
    }
    const linkTarget = type === 'symlink' || type === 'hardlink' ? (header.linkname ?? '') : undefined;
    if (linkTarget !== undefined && !this.linkAcceptable(normal.path, type, linkTarget, name))
      return undefined;
    const record: LayerEntry = {
      path: normal.path,
      type,
      mode: (header.mode ?? 0) & 0o7777,
      uid: paxNumber(header, 'uid') ?? header.uid ?? 0,
      gid: paxNumber(header, 'gid') ?? header.gid ?? 0,
      size: type === 'file' ? (header.size ?? 0) : 0,
      ...(linkTarget === undefined ? {} : { linkTarget }),
    };
    if (this.recorded < this.limits.maxEntriesPerLayer) {
      this.walk.entries.push(record);
      this.recorded += 1;
    } else {
      this.dropped += 1;
    }
    return record;
  }

  private isWhiteout(path: string, name: string): boolean {
    const base = baseName(path);
    if (!base.startsWith(whiteoutPrefix)) return false;
    const directory = parentPath(path);
    if (base === opaqueMarker) {
      this.walk.opaqueDirs.push(directory);
    } else if (base.startsWith(aufsMetaPrefix)) {
      this.note(`AUFS metadata ${JSON.stringify(name)} ignored`);
    } else if (base === whiteoutPrefix) {
      this.error('whiteout names no file; ignored', name);
    } else {
      const deleted = base.slice(whiteoutPrefix.length);
      this.walk.whiteouts.push(directory === '/' ? `/${deleted}` : `${directory}/${deleted}`);
    }
    return true;
  }

  private linkAcceptable(path: string, type: LayerEntry['type'], target: string, name: string): boolean {
    if (type === 'hardlink') {
      const normal = normaliseEntryName(target);
      if (normal.ok) return true;
      this.error(`hard link target ${JSON.stringify(target)}: ${normal.reason}; entry skipped`, name);
      return false;
    }
    if (resolveSymlinkTarget(path, target) === undefined) {
      this.note(`symlink ${path} -> ${target} leaves the image root; not followed`);
    }
    return true;
  }

  private openSinks(record: LayerEntry, name: string): OpenSink[] {
    const sinks: OpenSink[] = [];
    for (const owner of this.running) {
      if (owner.failed) continue;
      let sink: FileSink | undefined;
      try {
        sink = owner.inspector.onEntry(record);
      } catch (error) {
        this.inspectorFailed(owner, error, name);
        continue;
      }
      if (sink === undefined) continue;
      const remaining = record.type === 'file' ? Math.max(0, sink.maxBytes) : 0;
      sinks.push({ sink, owner, remaining, capped: false });
    }
    return sinks;
  }

  private deliver(sinks: readonly OpenSink[], chunk: Buffer, name: string): void {
    for (const open of sinks) {
      if (open.owner.failed) continue;
      if (open.remaining <= 0) {
        open.capped ||= chunk.length > 0;
        continue;
      }
      const piece = chunk.length > open.remaining ? chunk.subarray(0, open.remaining) : chunk;
      open.remaining -= piece.length;
      open.capped ||= piece.length < chunk.length;
      try {
        open.sink.write(piece);
      } catch (error) {
        this.inspectorFailed(open.owner, error, name);
      }
    }
  }

  private closeSink(open: OpenSink, name: string, cut: boolean): void {
    if (open.owner.failed) return;
    try {
      open.sink.end(open.capped || cut);
    } catch (error) {
      this.inspectorFailed(open.owner, error, name);
    }
  }

  async finish(): Promise<LayerWalk<S>> {
    const results: Record<string, unknown> = {};
    for (const owner of this.running) {
      if (owner.failed) continue;
      try {
        results[owner.key] = await owner.inspector.finish();
      } catch (error) {
        this.inspectorFailed(owner, error);
      }
    }
    // The keys are exactly the inspection keys, each holding its own inspector's result.
    this.walk.results = results as Partial<InspectionResults<S>>;
    if (this.dropped > 0) {
      this.note(
        `${this.dropped} entries beyond the limit of ${this.limits.maxEntriesPerLayer} were inspected but not recorded`,
      );
    }
    this.walk.notes = this.notes.list();
    if (this.extraErrors > 0) {
      const layer = this.walk.layer.digest;
      this.walk.errors.push({
        layer,
        message: `layer ${layer}: ${this.extraErrors} more errors were left out`,
      });
    }
    return this.walk;
  }

  failed(error: unknown): void {
    this.error(describeTarFailure(error));
  }
}

function describeTarFailure(error: unknown): string {
  const text = errorText(error);
  if (/unexpected end of data/i.test(text)) return 'the tar stream ends early (truncated layer)';
  if (/invalid tar header|invalid header/i.test(text)) return `the layer is not a valid tar: ${text}`;
  return text;
}

/**
 * Walks one layer tar as it streams: records each entry's metadata, applies no whiteouts (the union does) and feeds
 * regular files to the inspections' sinks, each capped at its `maxBytes`. Never throws for bad input: a broken or
 * truncated stream ends the walk with an error naming the layer, and everything read before it stays.
 */
export async function walkLayerTar<S extends InspectionSet>(
  tar: Readable,
  layer: LayerRef,
  inspections: S,
  limits?: Partial<WalkLimits>,
): Promise<LayerWalk<S>> {
  const walker = new LayerWalker(layer, inspections, resolveLimits(limits));
  // Old (v7) tars carry no format magic; every header's checksum is still verified.
  const extract = createExtract({ allowUnknownFormat: true });
  const stop = (error: unknown): void => {
    extract.destroy(error instanceof Error ? error : new Error(String(error)));
  };
  tar.on('error', stop);
  tar.on('close', () => {
    if (!tar.readableEnded) stop(new Error('the layer stream closed before its end'));
  });
  tar.pipe(extract);
  try {
    for await (const entry of extract) {
      await walker.handle(entry);
    }
    walker.walk.complete = true;
  } catch (error) {
    walker.failed(error);
    // Whoever feeds the stream must learn that nobody reads it any more, or it would wait for a drain forever.
    tar.destroy();
  } finally {
    tar.off('error', stop);
  }
  return await walker.finish();
}
