/**
 * The one entry point for reading an image, whatever holds it.
 *
 * Inspections are passed as a record and their per-layer results come back under the same keys, typed:
 *
 * ```ts
 * const read = await readImageFromPath('image.tar', { packages: packageInspection, files: fileInspection });
 * read.results.packages; // LayerResult<PackageLayerResult>[] in layer order
 * ```
 *
 * Layers of an archive stream by before its manifest, so an inspector's `start(layer)` may receive a provisional
 * LayerRef: the blob digest for OCI-style blobs, or the archive path (`<id>/layer.tar`) for legacy `docker save`
 * layers. The LayerRef in `results` and `walks` is the final one (with `createdBy`).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { resolveLimits } from '../../../sources/image/limits.js';
import { errorText } from '../../../sources/image/schema.js';
import type { InspectionSet } from '../../../sources/image/walk-layer.js';
import { readImageFromArchiveStream } from './archive.js';
import { failedImage } from './assemble.js';
import { readImageFromBlobs } from './blob-image.js';
import { ociLayoutSource } from './oci-layout.js';
import type { ImageReadOptions, ReadImage } from './types.js';

export type { BlobSource, ImageReadOptions, ReadImage, ResolvedManifest } from './types.js';
export { readImageFromArchiveStream, readImageFromBlobs };

type Target =
  { kind: 'directory' | 'file'; path: string; tag?: string } | { kind: 'missing'; message: string };

async function kindOf(candidate: string): Promise<'directory' | 'file' | undefined> {
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) return 'directory';
    return info.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/** `PATH` as it is, else `PATH:TAG` split at the first `:` whose left side exists (paths may contain `:`). */
async function locate(target: string): Promise<Target> {
  const whole = await kindOf(target);
  if (whole !== undefined) return { kind: whole, path: target };
  const searchFrom = target.lastIndexOf(path.sep) + 1;
  for (let colon = target.indexOf(':', searchFrom); colon !== -1; colon = target.indexOf(':', colon + 1)) {
    const candidate = target.slice(0, colon);
    const kind = await kindOf(candidate);
    const tag = target.slice(colon + 1);
    if (kind !== undefined && tag !== '') return { kind, path: candidate, tag };
  }
  return { kind: 'missing', message: `${target}: no such file or directory` };
}

/**
 * Reads an image from a path: a directory with an `oci-layout` file is an OCI image layout; a file is an archive
 * (`docker save` or oci-archive, plain or compressed). `PATH:TAG` picks one image of several.
 */
export async function readImageFromPath<S extends InspectionSet>(
  target: string,
  inspections: S,
  options: ImageReadOptions = {},
): Promise<ReadImage<S>> {
  const located = await locate(target);
  if (located.kind === 'missing') return failedImage(target, inspections, [{ message: located.message }]);
  const withTag = located.tag === undefined ? options : { ...options, tag: located.tag };
  if (located.kind === 'directory') {
    if ((await kindOf(path.join(located.path, 'oci-layout'))) !== 'file') {
      return failedImage(target, inspections, [
        { message: `${located.path} is a directory but not an OCI image layout (it has no oci-layout file)` },
      ]);
    }
    const source = ociLayoutSource(located.path, withTag.tag, resolveLimits(options.limits));
    return readImageFromBlobs(source, target, inspections, withTag);
  }
  let stream: Readable;
  try {
    stream = createReadStream(located.path);
  } catch (error) {
    return failedImage(target, inspections, [{ message: `${located.path}: ${errorText(error)}` }]);
  }
  return readImageFromArchiveStream(stream, target, inspections, withTag);
}
