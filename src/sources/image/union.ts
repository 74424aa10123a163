import { normaliseEntryName, normaliseQueryPath, pathSegments } from './entry-path.js';
import type { FinalView, LayerEntry, LayerResult } from './inspect.js';
import type { InspectionResults, InspectionSet, LayerWalk } from './walk-layer.js';

type VisibleEntry = LayerEntry & { layerIndex: number };

/** A directory the file system has without any layer recording it (a tar that omits parents) has no entry. */
interface TreeNode {
  entry?: VisibleEntry;
  children?: Map<string, TreeNode>;
}

export interface UnionResult {
  view: FinalView;
  notes: string[];
}

function childrenOf(node: TreeNode): Map<string, TreeNode> {
  node.children ??= new Map();
  return node.children;
}

function isDirectoryNode(node: TreeNode): boolean {
  return node.entry === undefined || node.entry.type === 'directory';
}

class UnionTree {
  private readonly root: TreeNode = {};
  readonly notes: string[] = [];

  find(path: string): TreeNode | undefined {
    let node: TreeNode | undefined = this.root;
    for (const segment of pathSegments(path)) {
      node = node.children?.get(segment);
      if (node === undefined) return undefined;
    }
    return node;
  }

  /** Hides every lower-layer entry under `path` (`.wh..wh..opq`); runs before the layer's own entries are added. */
  clear(path: string): void {
    const node = this.find(path);
    if (node !== undefined) node.children = undefined;
  }

  /** Deletes `path` and its subtree (`.wh.NAME`). */
  remove(path: string): void {
    const segments = pathSegments(path);
    const name = segments.pop();
    if (name === undefined) return;
    const parent = this.find(`/${segments.join('/')}`);
    parent?.children?.delete(name);
  }

  add(entry: VisibleEntry, layerLabel: string): void {
    const segments = pathSegments(entry.path);
    const name = segments.pop();
    if (name === undefined) return;
    let node = this.root;
    for (const segment of segments) node = this.descend(node, segment, entry.path, layerLabel);
    const children = childrenOf(node);
    const existing = children.get(name);
    // Only a directory over a directory merges; anything else replaces what was there, subtree included.
    if (existing !== undefined && entry.type === 'directory' && isDirectoryNode(existing)) {
      existing.entry = entry;
      return;
    }
    children.set(name, { entry });
  }

  /**
   * A layer that writes `/a/b` without `/a` gets `/a` as a directory of its own when unpacked; over a lower file or
   * symlink at `/a` that directory wins, as in an overlay mount.
   */
  private descend(node: TreeNode, segment: string, path: string, layerLabel: string): TreeNode {
    const children = childrenOf(node);
    const child = children.get(segment);
    if (child === undefined) {
      const created: TreeNode = {};
      children.set(segment, created);
      return created;
    }
    if (isDirectoryNode(child)) return child;
    this.notes.push(
      `${layerLabel}: ${path} is written below a ${child.entry?.type ?? 'file'} of layer ${child.entry?.layerIndex}; ` +
        'that entry is replaced by a directory',
    );
    const replaced: TreeNode = {};
    children.set(segment, replaced);
    return replaced;
  }

  checkHardLink(entry: LayerEntry, layerLabel: string): void {
    const target = normaliseEntryName(entry.linkTarget ?? '');
    const node = target.ok ? this.find(target.path) : undefined;
    if (node?.entry === undefined) {
      this.notes.push(
        `${layerLabel}: hard link ${entry.path} -> ${entry.linkTarget ?? ''}: the target is in neither this layer ` +
          '(before the link) nor a lower layer',
      );
    } else if (node.entry.type === 'directory') {
      this.notes.push(
        `${layerLabel}: hard link ${entry.path} -> ${entry.linkTarget ?? ''} names a directory`,
      );
    }
  }

  flatten(): Map<string, VisibleEntry> {
    const visible = new Map<string, VisibleEntry>();
    const pending: [string, TreeNode][] = [['', this.root]];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const [prefix, node] = next;
      for (const [name, child] of node.children ?? []) {
        const path = `${prefix}/${name}`;
        if (child.entry !== undefined) visible.set(path, child.entry);
        pending.push([path, child]);
      }
    }
    return visible;
  }
}

class MapView implements FinalView {
  private readonly sorted: readonly string[];

  constructor(private readonly visible: ReadonlyMap<string, VisibleEntry>) {
    this.sorted = [...visible.keys()].sort();
  }

  private lookup(path: string): VisibleEntry | undefined {
    const normal = this.visible.has(path) ? path : normaliseQueryPath(path);
    return normal === undefined ? undefined : this.visible.get(normal);
  }

  visibleLayer(path: string): number | undefined {
    return this.lookup(path)?.layerIndex;
  }

  entry(path: string): VisibleEntry | undefined {
    return this.lookup(path);
  }

  paths(): Iterable<string> {
    return this.sorted;
  }
}

/**
 * The final file system of layers ordered lowest first. For each layer, in this order: its opaque directories drop
 * lower content, its whiteouts delete lower paths (subtrees included), then its entries are added in tar order, so
 * a path re-added in the same or a later layer shows the new entry. A file replaces a directory and its subtree, a
 * directory replaces a file, and a directory over a directory keeps the lower content. Hard links are checked here,
 * against what the layer has written before them and what lower layers left.
 */
export function unionLayers(walks: readonly LayerWalk[]): UnionResult {
  const tree = new UnionTree();
  for (const [index, walk] of walks.entries()) {
    const label = `layer ${index} (${walk.layer.digest})`;
    for (const directory of walk.opaqueDirs) tree.clear(directory);
    for (const path of walk.whiteouts) tree.remove(path);
    for (const entry of walk.entries) {
      if (entry.type === 'hardlink') tree.checkHardLink(entry, label);
      tree.add({ ...entry, layerIndex: index }, label);
    }
  }
  return { view: new MapView(tree.flatten()), notes: tree.notes };
}

/** Each layer's result of one inspection, tagged with the layer's index in image order (0 = lowest). */
export function tagResults<S extends InspectionSet, K extends keyof S & string>(
  walks: readonly LayerWalk<S>[],
  key: K,
): LayerResult<InspectionResults<S>[K]>[] {
  const tagged: LayerResult<InspectionResults<S>[K]>[] = [];
  for (const [index, walk] of walks.entries()) {
    if (!Object.hasOwn(walk.results, key)) continue;
    // Present means the inspector finished, so the value is its result (which may itself be undefined).
    const result = walk.results[key] as InspectionResults<S>[K];
    tagged.push({ index, layer: walk.layer, result });
  }
  return tagged;
}
