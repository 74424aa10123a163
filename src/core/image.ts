import type { LayerRef } from './location.js';
import type { OperatingSystem } from './package.js';

/** What an image report says about the image itself: the reference scanned, its digests and layers. */
export interface ImageSummary {
  /** The reference or path the user gave. */
  reference: string;
  /** Digest of the manifest that was scanned, when known. */
  manifestDigest?: string;
  configDigest?: string;
  platform?: string;
  os?: OperatingSystem;
  layers: readonly LayerRef[];
}
