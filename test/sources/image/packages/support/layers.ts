import type { FileSink, FinalView, LayerEntry, LayerResult } from '../../../../../src/sources/index.js';
import type { LayerPackages } from '../../../../../src/sources/image/packages/index.js';
import { packageInspection } from '../../../../../src/sources/image/packages/index.js';

/** One file of a test layer; `size` overrides the declared size (a huge file without its bytes). */
export interface TestFile {
  path: string;
  content?: Buffer | string;
  type?: LayerEntry['type'];
  mode?: number;
  size?: number;
}

export interface TestLayer {
  digest: string;
  files: readonly TestFile[];
  /** Paths this layer deletes (the walk applies whiteouts; inspectors never see them). */
  deletes?: readonly string[];
}

function bytesOf(file: TestFile): Buffer {
  if (file.content === undefined) return Buffer.alloc(0);
  return typeof file.content === 'string' ? Buffer.from(file.content) : file.content;
}

/** Feeds one file to the inspector the way the layer walk does: chunks, at most `maxBytes`, then `end`. */
export function feed(sink: FileSink | undefined, content: Buffer, size: number, chunkSize: number): void {
  if (sink === undefined) return;
  const delivered = content.subarray(0, Math.min(sink.maxBytes, content.length));
  for (let offset = 0; offset < delivered.length; offset += chunkSize) {
    sink.write(delivered.subarray(offset, offset + chunkSize));
  }
  sink.end(size > sink.maxBytes);
}

/** Runs the package inspection over in-memory layers and builds the final view a layer walk would. */
export async function inspectLayers(
  layers: readonly TestLayer[],
  chunkSize = 4096,
): Promise<{ results: LayerResult<LayerPackages>[]; view: FinalView }> {
  const results: LayerResult<LayerPackages>[] = [];
  const visible = new Map<string, LayerEntry & { layerIndex: number }>();
  for (const [index, layer] of layers.entries()) {
    const ref = { digest: layer.digest, createdBy: `RUN step ${index}` };
    const inspector = packageInspection.start(ref);
    for (const deleted of layer.deletes ?? []) {
      for (const path of [...visible.keys()]) {
        if (path === deleted || path.startsWith(`${deleted}/`)) visible.delete(path);
      }
    }
    for (const file of layer.files) {
      const content = bytesOf(file);
      const entry: LayerEntry = {
        path: file.path,
        type: file.type ?? 'file',
        mode: file.mode ?? 0o644,
        uid: 0,
        gid: 0,
        size: file.size ?? content.length,
      };
      visible.set(entry.path, { ...entry, layerIndex: index });
      feed(inspector.onEntry(entry), content, entry.size, chunkSize);
    }
    results.push({ index, layer: ref, result: await inspector.finish() });
  }
  const view: FinalView = {
    visibleLayer: (path) => visible.get(path)?.layerIndex,
    entry: (path) => visible.get(path),
    paths: () => [...visible.keys()].sort(),
  };
  return { results, view };
}
