import type { LayerRef } from '../../../core/index.js';
import type {
  FinalView,
  ImageFileEntry,
  ImageFileFacts,
  ImageSecretHit,
  ImageTextFile,
  LayerResult,
} from '../../../sources/index.js';
import { isFossil } from '../../../sources/index.js';
import { accountFilePaths } from './inspection.js';
import type { CacheFact, FileFact, LayerFacts } from './layer-facts.js';

/** A cache folder this layer did not write itself: reported with the usual folder mode, owned by root. */
const defaultFolderMode = 0o755;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Placed<T> {
  item: T;
  index: number;
}

/** Sorted by path, then layer order, as ImageFileFacts promises; secrets then by line. */
function byPathThenLayer<T extends { path: string; line?: number }>(items: Placed<T>[]): T[] {
  return items
    .sort(
      (a, b) =>
        compareText(a.item.path, b.item.path) || a.index - b.index || (a.item.line ?? 0) - (b.item.line ?? 0),
    )
    .map(({ item }) => item);
}

function fileEntry(fact: FileFact, layer: LayerRef, fossil: boolean): ImageFileEntry {
  return { ...fact, layer, fossil };
}

function cacheEntry(cache: CacheFact, layer: LayerRef, view: FinalView, index: number): ImageFileEntry {
  const folder = cache.directory;
  return {
    path: cache.root,
    type: 'directory',
    mode: folder?.mode ?? defaultFolderMode,
    uid: folder?.uid ?? 0,
    gid: folder?.gid ?? 0,
    size: cache.bytes,
    layer,
    // The cache is gone when a later layer removed or replaced every file this layer put there.
    fossil: cache.sample.every((path) => isFossil(view, path, index)),
  };
}

function accountFiles(
  results: readonly LayerResult<LayerFacts>[],
  view: FinalView,
): Record<string, ImageTextFile> {
  const files: Record<string, ImageTextFile> = {};
  for (const path of accountFilePaths) {
    const visible = view.visibleLayer(path);
    const result = results.find((candidate) => candidate.index === visible);
    const text = result?.result.accountFiles[path];
    if (result !== undefined && text !== undefined) files[path] = { path, text, layer: result.layer };
  }
  return files;
}

/**
 * Joins the per-layer facts into what image rules see. Each item carries its layer and is `fossil` when the final
 * file system no longer shows that layer's entry at its path (deleted or replaced later, yet still shipped). Account
 * files come from the layer the final view shows.
 */
export function resolveFacts(results: readonly LayerResult<LayerFacts>[], view: FinalView): ImageFileFacts {
  const ordered = [...results].sort((a, b) => a.index - b.index);
  const setuid: Placed<ImageFileEntry>[] = [];
  const writable: Placed<ImageFileEntry>[] = [];
  const git: Placed<ImageFileEntry>[] = [];
  const caches: Placed<ImageFileEntry>[] = [];
  const secrets: Placed<ImageSecretHit>[] = [];
  for (const { index, layer, result } of ordered) {
    const entry = (fact: FileFact): Placed<ImageFileEntry> => ({
      item: fileEntry(fact, layer, isFossil(view, fact.path, index)),
      index,
    });
    // Loops, not push(...spread): a `chmod -R 777` layer can hold more entries than a call takes arguments.
    for (const fact of result.setuidFiles) setuid.push(entry(fact));
    for (const fact of result.worldWritable) writable.push(entry(fact));
    for (const fact of result.gitDirectories) git.push(entry(fact));
    for (const cache of result.caches) caches.push({ item: cacheEntry(cache, layer, view, index), index });
    for (const hit of result.secrets)
      secrets.push({ item: { ...hit, layer, fossil: isFossil(view, hit.path, index) }, index });
  }
  return {
    setuidFiles: byPathThenLayer(setuid),
    worldWritable: byPathThenLayer(writable),
    secrets: byPathThenLayer(secrets),
    caches: byPathThenLayer(caches),
    gitDirectories: byPathThenLayer(git),
    accountFiles: accountFiles(ordered, view),
  };
}
