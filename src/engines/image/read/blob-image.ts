import type { LayerRef } from '../../../core/index.js';
import { parseDigest } from '../../../sources/image/digest.js';
import type { WalkLimits } from '../../../sources/image/limits.js';
import { resolveLimits } from '../../../sources/image/limits.js';
import type { Descriptor, ImageConfig } from '../../../sources/image/schema.js';
import {
  ImageConfig as ImageConfigSchema,
  errorText,
  parseJsonDocument,
} from '../../../sources/image/schema.js';
import type { ImageReadProblem, InspectionSet } from '../../../sources/image/walk-layer.js';
import type { LayerSlot } from './assemble.js';
import { assembleImage, failedImage } from './assemble.js';
import type { ReadLayer } from './read-layer.js';
import { readLayerBlob } from './read-layer.js';
import type { BlobSource, ImageReadOptions, ReadImage } from './types.js';

async function readOneLayer<S extends InspectionSet>(
  source: BlobSource,
  descriptor: Descriptor,
  inspections: S,
  limits: WalkLimits,
): Promise<LayerSlot<S>> {
  const digest = descriptor.digest;
  if (parseDigest(digest) === undefined) {
    return {
      digest,
      missing: `the manifest gives the layer an invalid digest ${JSON.stringify(digest)}; not read`,
    };
  }
  let read: ReadLayer<S>;
  try {
    const raw = await source.openBlob(descriptor);
    const layer: LayerRef = { digest };
    read = await readLayerBlob(raw, layer, inspections, {
      expectedDigest: digest,
      expectedSize: descriptor.size,
      limits,
      onStop: 'destroy',
    });
  } catch (error) {
    return { digest, missing: `could not be read: ${errorText(error)}` };
  }
  return { digest, read };
}

/** Reads each distinct layer once, `concurrency` at a time; slots come back keyed by digest. */
async function readLayers<S extends InspectionSet>(
  source: BlobSource,
  layers: readonly Descriptor[],
  inspections: S,
  limits: WalkLimits,
  concurrency: number,
): Promise<Map<string, LayerSlot<S>>> {
  const distinct = [...new Map(layers.map((descriptor) => [descriptor.digest, descriptor])).values()];
  const slots = new Map<string, LayerSlot<S>>();
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let descriptor = distinct[next++]; descriptor !== undefined; descriptor = distinct[next++]) {
      slots.set(descriptor.digest, await readOneLayer(source, descriptor, inspections, limits));
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(concurrency), distinct.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return slots;
}

/**
 * Reads an image from any blob source (an OCI layout, a registry): resolves the manifest, reads the config, then
 * streams each layer once (a layer listed twice is read once). Never rejects for bad input.
 */
export async function readImageFromBlobs<S extends InspectionSet>(
  source: BlobSource,
  reference: string,
  inspections: S,
  options: ImageReadOptions = {},
): Promise<ReadImage<S>> {
  const limits = resolveLimits(options.limits);
  let resolved;
  try {
    resolved = await source.resolveManifest(options.platform);
  } catch (error) {
    return failedImage(reference, inspections, [{ message: errorText(error) }]);
  }
  const errors: ImageReadProblem[] = [];
  const configDigest = resolved.manifest.config.digest;
  const parsed = parseJsonDocument(resolved.configBytes, ImageConfigSchema, `config ${configDigest}`);
  let config: ImageConfig | undefined;
  if (parsed.ok) config = parsed.value;
  else errors.push({ message: parsed.message });
  const byDigest = await readLayers(
    source,
    resolved.manifest.layers,
    inspections,
    limits,
    options.concurrency ?? 1,
  );
  const slots = resolved.manifest.layers.map(
    (descriptor) => byDigest.get(descriptor.digest) ?? { digest: descriptor.digest, missing: 'not read' },
  );
  return assembleImage({
    reference,
    inspections,
    ...(resolved.manifestDigest === undefined ? {} : { manifestDigest: resolved.manifestDigest }),
    configDigest,
    ...(config === undefined ? {} : { config }),
    slots,
    ...(options.platform === undefined ? {} : { requestedPlatform: options.platform }),
    ...(resolved.platform === undefined ? {} : { indexPlatform: resolved.platform }),
    errors,
    notes: resolved.notes ?? [],
  });
}
