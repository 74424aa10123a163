import type { LayerRef } from '../../core/index.js';

/** One entry of a layer tar after normalisation; whiteouts never reach inspectors (the walk applies them). */
export interface LayerEntry {
  /** Absolute, normalised path inside the image: `/etc/passwd` (no `./`, no trailing slash, no `..`). */
  path: string;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';
  mode: number;
  uid: number;
  gid: number;
  /** Bytes of content the tar header declares (0 for everything but regular files). */
  size: number;
  /** Symlink or hard-link target as written in the tar header. */
  linkTarget?: string;
}

/**
 * Receives one regular file's content in order. The walk delivers at most `maxBytes` bytes and then calls
 * `end(true)`; it never holds more than one chunk itself, so memory stays bounded by the sinks' own choices.
 */
export interface FileSink {
  readonly maxBytes: number;
  write(chunk: Buffer): void;
  end(truncated: boolean): void;
}

/** Looks at one layer's entries as they stream by and returns its result when the layer ends. */
export interface LayerInspector<Result> {
  /** Return a sink to receive the content of a regular file, or undefined to skip it. */
  onEntry(entry: LayerEntry): FileSink | undefined;
  /** May wait for work the inspector started while the layer streamed (parsing a jar with an async zip reader). */
  finish(): Result | Promise<Result>;
}

/** Creates one inspector per layer. Layers may be inspected in any order (a docker archive streams them unordered). */
export interface Inspection<Result> {
  readonly name: string;
  start(layer: LayerRef): LayerInspector<Result>;
}

/** The final file system after applying every layer in order, with whiteouts and opaque directories. */
export interface FinalView {
  /** Index (0 = lowest layer) of the layer whose entry is visible at `path`, or undefined when absent. */
  visibleLayer(path: string): number | undefined;
  entry(path: string): (LayerEntry & { layerIndex: number }) | undefined;
  /** Every visible path, sorted. */
  paths(): Iterable<string>;
}

/** One inspector result, tagged with the layer that produced it once the image's layer order is known. */
export interface LayerResult<Result> {
  index: number;
  layer: LayerRef;
  result: Result;
}

/** A sink that buffers up to `maxBytes` and hands the bytes over at the end. */
export function bufferingSink(
  maxBytes: number,
  done: (content: Buffer, truncated: boolean) => void,
): FileSink {
  const chunks: Buffer[] = [];
  let length = 0;
  return {
    maxBytes,
    write(chunk) {
      chunks.push(chunk);
      length += chunk.length;
    },
    end(truncated) {
      done(Buffer.concat(chunks, length), truncated);
    },
  };
}

/** True when the entry written by layer `index` at `path` is no longer what the final file system shows. */
export function isFossil(view: FinalView, path: string, index: number): boolean {
  return view.visibleLayer(path) !== index;
}
