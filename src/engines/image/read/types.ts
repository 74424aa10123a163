import type { Readable } from 'node:stream';
import type { ImageSummary } from '../../../core/index.js';
import type { FinalView, LayerResult } from '../../../sources/image/inspect.js';
import type { WalkLimits } from '../../../sources/image/limits.js';
import type { Descriptor, ImageManifest } from '../../../sources/image/schema.js';
import type { ImageHistoryEntry, ImageRuntimeConfig } from '../../../sources/image/view.js';
import type {
  ImageReadProblem,
  InspectionResults,
  InspectionSet,
  LayerWalk,
} from '../../../sources/image/walk-layer.js';

export interface ImageReadOptions {
  /** `linux/amd64`, `linux/arm64/v8`: which manifest of a multi-platform index to read. */
  platform?: string;
  /** Image to read from an archive or layout holding several; `PATH:TAG` sets it for paths. */
  tag?: string;
  limits?: Partial<WalkLimits>;
  /**
   * Layers of a blob source read at the same time (default 1). Above 1, inspectors of different layers see their
   * entries interleaved; each layer still gets its own inspector. Archives are always read in one pass.
   */
  concurrency?: number;
}

/** Everything one image read produced; errors and notes never hide what could still be read. */
export interface ReadImage<S extends InspectionSet = InspectionSet> {
  summary: ImageSummary;
  config: ImageRuntimeConfig;
  history: ImageHistoryEntry[];
  view: FinalView;
  /**
   * One walk per manifest layer, lowest first, aligned with `summary.layers`: a layer that could not be read has an
   * empty, incomplete walk. A layer listed twice shares one walk.
   */
  walks: LayerWalk<S>[];
  /** Each inspection's per-layer results in layer order, under the key it was passed with. */
  results: { [K in keyof S]: LayerResult<InspectionResults<S>[K]>[] };
  errors: ImageReadProblem[];
  notes: string[];
}

export interface ResolvedManifest {
  manifestDigest?: string;
  manifest: ImageManifest;
  /** The config blob's bytes, already checked against `manifest.config`. */
  configBytes: Buffer;
  /** The platform the index declared for this manifest, if any. */
  platform?: string;
  notes?: string[];
}

/** Where image blobs come from: an OCI layout on disk, a registry. */
export interface BlobSource {
  /** Chooses the manifest (by platform when the source holds an index); throws an Error with a clear message. */
  resolveManifest(platform: string | undefined): Promise<ResolvedManifest>;
  /** Opens a layer blob as a byte stream; the reader checks its digest and size itself. */
  openBlob(descriptor: Descriptor): Promise<Readable>;
}
