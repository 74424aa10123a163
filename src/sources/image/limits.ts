/** Bounds that keep reading a hostile or broken image finite in memory and time. Every field is configurable. */
export interface WalkLimits {
  /** Entries recorded per layer; later entries are still read (and their files given to inspectors) but not kept. */
  maxEntriesPerLayer: number;
  /** Notes, and errors, kept per layer; the rest are counted in one closing note or error. */
  maxNotesPerLayer: number;
  /** A layer stops when its decompressed size passes this AND `maxCompressionRatio` times its compressed size. */
  maxDecompressedBytes: number;
  maxCompressionRatio: number;
  /** Largest manifest, index or config accepted (they are read into memory). */
  maxJsonBytes: number;
  /** Largest zstd window accepted: the decoder holds one window in memory. */
  maxZstdWindowBytes: number;
  /** How deep image indexes may nest before Bulwark stops following them. */
  maxIndexDepth: number;
}

const mebibyte = 1024 * 1024;

export const defaultWalkLimits: WalkLimits = {
  maxEntriesPerLayer: 1_000_000,
  maxNotesPerLayer: 50,
  maxDecompressedBytes: 1024 * mebibyte,
  maxCompressionRatio: 200,
  maxJsonBytes: 4 * mebibyte,
  maxZstdWindowBytes: 128 * mebibyte,
  maxIndexDepth: 8,
};

export function resolveLimits(partial: Partial<WalkLimits> | undefined): WalkLimits {
  return { ...defaultWalkLimits, ...partial };
}
