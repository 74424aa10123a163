import type { PackageRecord } from '../../../core/index.js';
import type { FinalView, LayerEntry } from '../inspect.js';
import { packageInspection } from './inspection.js';
import { resolveInventory } from './resolve.js';
import type { ResolvedInventory } from './resolve.js';

/** A file of a project folder, path relative to the folder (`app/package-lock.json`). */
export interface ProjectFile {
  path: string;
  content: Buffer;
  /** File mode; executables are searched for Go build info. Defaults to 0o644. */
  mode?: number;
}

const projectLayer = { digest: 'project' };

/** Every file given is visible: a folder is one layer with nothing above it. */
function flatView(entries: readonly LayerEntry[]): FinalView {
  const byPath = new Map(entries.map((entry) => [entry.path, entry]));
  const sorted = [...byPath.keys()].sort();
  return {
    visibleLayer: (path) => (byPath.has(path) ? 0 : undefined),
    entry: (path) => {
      const entry = byPath.get(path);
      return entry === undefined ? undefined : { ...entry, layerIndex: 0 };
    },
    paths: () => sorted,
  };
}

function withoutLayer(record: PackageRecord): PackageRecord {
  const copy = { ...record };
  delete copy.layer;
  return copy;
}

/**
 * The package inventory of a project folder (lockfiles, vendored `node_modules`, jars, binaries): the files are read
 * by the same parsers as image layers. Asynchronous because Java archives are.
 */
export async function inventoryFromFiles(files: readonly ProjectFile[]): Promise<ResolvedInventory> {
  const inspector = packageInspection.start(projectLayer);
  const entries: LayerEntry[] = [];
  for (const file of files) {
    const entry: LayerEntry = {
      path: file.path,
      type: 'file',
      mode: file.mode ?? 0o644,
      uid: 0,
      gid: 0,
      size: file.content.length,
    };
    entries.push(entry);
    const sink = inspector.onEntry(entry);
    if (sink === undefined) continue;
    const delivered = file.content.subarray(0, sink.maxBytes);
    if (delivered.length > 0) sink.write(delivered);
    sink.end(delivered.length < file.content.length);
  }
  const result = await inspector.finish();
  const { inventory, notes } = resolveInventory(
    [{ index: 0, layer: projectLayer, result }],
    flatView(entries),
  );
  return { inventory: { ...inventory, packages: inventory.packages.map(withoutLayer) }, notes };
}
