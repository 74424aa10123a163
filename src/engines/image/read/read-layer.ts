import type { Readable } from 'node:stream';
import type { LayerRef } from '../../../core/index.js';
import type { WalkLimits } from '../../../sources/image/limits.js';
import type { ImageReadProblem, InspectionSet, LayerWalk } from '../../../sources/image/walk-layer.js';
import { walkLayerTar } from '../../../sources/image/walk-layer.js';
import type { LayerDecodeOutcome } from './layer-stream.js';
import { decodeLayer } from './layer-stream.js';

export interface ReadLayer<S extends InspectionSet> {
  walk: LayerWalk<S>;
  outcome: LayerDecodeOutcome;
}

export interface ReadLayerOptions {
  expectedDigest?: string;
  expectedSize?: number;
  limits: WalkLimits;
  onStop: 'drain' | 'destroy';
}

/** Decodes one layer blob and walks its tar in the same pass. Never rejects for bad data. */
export async function readLayerBlob<S extends InspectionSet>(
  raw: Readable,
  layer: LayerRef,
  inspections: S,
  options: ReadLayerOptions,
): Promise<ReadLayer<S>> {
  const decoded = decodeLayer(raw, {
    ...(options.expectedDigest === undefined ? {} : { expectedDigest: options.expectedDigest }),
    ...(options.expectedSize === undefined ? {} : { expectedSize: options.expectedSize }),
    limits: options.limits,
    onStop: options.onStop,
  });
  const walk = await walkLayerTar(decoded.tar, layer, inspections, options.limits);
  return { walk, outcome: await decoded.outcome };
}

export function layerProblem(layer: string, message: string): ImageReadProblem {
  return { layer, message: `layer ${layer}: ${message}` };
}
