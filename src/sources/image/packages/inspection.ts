import type { LayerRef } from '../../../core/index.js';
import { bufferingSink } from '../inspect.js';
import type { FileSink, Inspection, LayerEntry, LayerInspector } from '../inspect.js';
import { goBinarySink } from './go-binary-sink.js';
import { maxJavaArchiveBytes, parseJavaArchive } from './java-archive.js';
import { errorMessage } from './notes.js';
import {
  isExecutableCandidate,
  maxGoBinaryScanBytes,
  packageFileReaders,
  recognisePackagePath,
} from './recognise.js';
import type { BufferedKind } from './recognise.js';
import type { LayerPackages, PackageFile, PackageFileKind, ParsedPackageFile } from './types.js';

/**
 * The layer inspector of the package inventory. Java archives are read by an asynchronous zip reader, so `finish()`
 * waits for them; `finishNow()` returns what is done and notes what is not.
 */
export interface PackageLayerInspector extends LayerInspector<LayerPackages> {
  finish(): Promise<LayerPackages>;
  finishNow(): LayerPackages;
}

export interface PackageInspection extends Inspection<LayerPackages> {
  start(layer: LayerRef): PackageLayerInspector;
}

function skipped(path: string, kind: PackageFileKind, message: string): PackageFile {
  return { path, kind, packages: [], notes: [`${path}: ${message}`], complete: false };
}

function safely(path: string, kind: PackageFileKind, parse: () => ParsedPackageFile): PackageFile {
  try {
    return { path, kind, complete: true, ...parse() };
  } catch (error) {
    return skipped(path, kind, `could not be read: ${errorMessage(error)}`);
  }
}

function startPackageInspector(): PackageLayerInspector {
  const files = new Map<string, PackageFile>();
  const pending = new Map<string, Promise<void>>();
  // A path written twice in one layer counts once, as its last copy; a late archive result must not overwrite it.
  const generations = new Map<string, number>();

  /** A new copy of `path` in this layer: whatever an earlier copy yielded is void. */
  function begin(path: string): number {
    const generation = (generations.get(path) ?? 0) + 1;
    generations.set(path, generation);
    files.delete(path);
    pending.delete(path);
    return generation;
  }

  function record(file: PackageFile, generation: number): void {
    if (generations.get(file.path) === generation) files.set(file.path, file);
  }

  function bufferedSink(entry: LayerEntry, kind: BufferedKind, generation: number): FileSink | undefined {
    const reader = packageFileReaders[kind];
    if (reader.maxBytes === 0) {
      record(
        safely(entry.path, kind, () => reader.parse(entry.path, Buffer.alloc(0))),
        generation,
      );
      return undefined;
    }
    if (entry.size > reader.maxBytes) {
      record(skipped(entry.path, kind, `is larger than ${reader.maxBytes} bytes; not read`), generation);
      return undefined;
    }
    return bufferingSink(reader.maxBytes, (content, truncated) => {
      const file = truncated
        ? skipped(entry.path, kind, 'was cut off while reading; not read')
        : safely(entry.path, kind, () => reader.parse(entry.path, content));
      record(file, generation);
    });
  }

  function archiveSink(path: string, size: number, generation: number): FileSink | undefined {
    if (size > maxJavaArchiveBytes) {
      record(
        skipped(path, 'java-archive', `is larger than ${maxJavaArchiveBytes} bytes; not read`),
        generation,
      );
      return undefined;
    }
    return bufferingSink(maxJavaArchiveBytes, (content, truncated) => {
      if (truncated) {
        record(skipped(path, 'java-archive', 'was cut off while reading; not read'), generation);
        return;
      }
      const parsing = parseJavaArchive(path, content).then(
        (parsed) => record({ path, kind: 'java-archive', complete: true, ...parsed }, generation),
        (error: unknown) =>
          record(skipped(path, 'java-archive', `could not be read: ${errorMessage(error)}`), generation),
      );
      pending.set(path, parsing);
    });
  }

  function goSink(path: string, generation: number): FileSink {
    return goBinarySink(path, maxGoBinaryScanBytes, (parsed, complete) => {
      if (parsed !== undefined) record({ path, kind: 'go-binary', complete, ...parsed }, generation);
    });
  }

  function collect(): LayerPackages {
    const unfinished: PackageFile[] = [];
    for (const path of pending.keys()) {
      if (files.has(path)) continue;
      unfinished.push(
        skipped(path, 'java-archive', 'Java archive was still being read when the layer result was taken'),
      );
    }
    const all = [...files.values(), ...unfinished];
    return { files: all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
  }

  return {
    onEntry(entry) {
      if (generations.has(entry.path)) begin(entry.path);
      if (entry.type !== 'file') return undefined;
      const kind = recognisePackagePath(entry.path);
      if (kind === 'java-archive') return archiveSink(entry.path, entry.size, begin(entry.path));
      if (kind !== undefined && kind !== 'go-binary') return bufferedSink(entry, kind, begin(entry.path));
      if (isExecutableCandidate(entry.path, entry.mode, entry.size))
        return goSink(entry.path, begin(entry.path));
      return undefined;
    },
    finishNow: collect,
    async finish() {
      await Promise.all(pending.values());
      return collect();
    },
  };
}

/**
 * Finds installed packages in each layer: OS package databases, language manifests and lockfiles, Go binaries and
 * Java archives. Combine the layers' results with `resolveInventory`.
 */
export const packageInspection: PackageInspection = {
  name: 'packages',
  start: () => startPackageInspector(),
};
