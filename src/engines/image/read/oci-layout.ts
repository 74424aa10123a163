import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { parseDigest } from '../../../sources/image/digest.js';
import type { WalkLimits } from '../../../sources/image/limits.js';
import { chooseImageManifest } from '../../../sources/image/resolve-manifest.js';
import type { Descriptor } from '../../../sources/image/schema.js';
import { ImageIndex, OciLayoutMarker, errorText, parseJsonDocument } from '../../../sources/image/schema.js';
import { BlobError, checkJsonDescriptor, readBounded, verifyBlob } from './blob-check.js';
import type { BlobSource, ResolvedManifest } from './types.js';

/** The path of a blob inside the layout; undefined for a digest that is not `sha256:<64 hex>` / `sha512:<128 hex>`. */
export function blobPath(layout: string, digest: string): string | undefined {
  const parsed = parseDigest(digest);
  return parsed === undefined ? undefined : path.join(layout, 'blobs', parsed.algorithm, parsed.hex);
}

async function readLayoutFile(file: string, maxBytes: number, what: string): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new BlobError(`${what} is not a regular file`);
    size = info.size;
  } catch (error) {
    if (error instanceof BlobError) throw error;
    throw new BlobError(`${what} could not be read: ${errorText(error)}`);
  }
  if (size > maxBytes)
    throw new BlobError(`${what} has ${size} bytes, more than the ${maxBytes} accepted; not read`);
  return readBounded(createReadStream(file), maxBytes, what);
}

class OciLayoutSource implements BlobSource {
  constructor(
    private readonly layout: string,
    private readonly tag: string | undefined,
    private readonly limits: WalkLimits,
  ) {}

  private async loadJson(descriptor: Descriptor, what: string): Promise<Buffer> {
    checkJsonDescriptor(descriptor, this.limits.maxJsonBytes, what);
    const file = blobPath(this.layout, descriptor.digest);
    if (file === undefined) throw new BlobError(`${what} has an invalid digest`);
    const bytes = await readLayoutFile(file, this.limits.maxJsonBytes, `${what} (blob ${descriptor.digest})`);
    verifyBlob(bytes, descriptor, what);
    return bytes;
  }

  async resolveManifest(platform: string | undefined): Promise<ResolvedManifest> {
    const { maxJsonBytes, maxIndexDepth } = this.limits;
    const marker = parseJsonDocument(
      await readLayoutFile(path.join(this.layout, 'oci-layout'), maxJsonBytes, 'the oci-layout file'),
      OciLayoutMarker,
      'the oci-layout file',
    );
    if (!marker.ok) throw new BlobError(marker.message);
    const notes: string[] = [];
    if (marker.value.imageLayoutVersion !== '1.0.0') {
      notes.push(`the OCI layout declares version ${marker.value.imageLayoutVersion}; read as 1.0.0`);
    }
    const index = parseJsonDocument(
      await readLayoutFile(path.join(this.layout, 'index.json'), maxJsonBytes, 'index.json'),
      ImageIndex,
      'index.json',
    );
    if (!index.ok) throw new BlobError(index.message);
    const loader = {
      load: (descriptor: Descriptor) => this.loadJson(descriptor, `manifest ${descriptor.digest}`),
    };
    const chosen = await chooseImageManifest(
      index.value,
      loader,
      {
        ...(this.tag === undefined ? {} : { tag: this.tag }),
        ...(platform === undefined ? {} : { platform }),
      },
      maxIndexDepth,
      'index.json',
    );
    const configBytes = await this.loadJson(
      chosen.manifest.config,
      `config ${chosen.manifest.config.digest}`,
    );
    return {
      manifestDigest: chosen.descriptor.digest,
      manifest: chosen.manifest,
      configBytes,
      ...(chosen.platform === undefined ? {} : { platform: chosen.platform }),
      notes: [...notes, ...chosen.notes],
    };
  }

  async openBlob(descriptor: Descriptor): Promise<Readable> {
    const file = blobPath(this.layout, descriptor.digest);
    if (file === undefined) throw new BlobError(`invalid digest ${JSON.stringify(descriptor.digest)}`);
    try {
      const info = await stat(file);
      if (!info.isFile())
        throw new BlobError(`blob ${descriptor.digest} is not a regular file in the layout`);
    } catch (error) {
      if (error instanceof BlobError) throw error;
      throw new BlobError(`the layout has no blob ${descriptor.digest}`);
    }
    return createReadStream(file, { highWaterMark: 1024 * 1024 });
  }
}

/**
 * A blob source over an OCI image layout directory (`oci-layout`, `index.json`, `blobs/<alg>/<hex>`). Blobs are
 * opened by a path built from a validated digest, so nothing outside the layout's blob store is ever read.
 */
export function ociLayoutSource(layout: string, tag: string | undefined, limits: WalkLimits): BlobSource {
  return new OciLayoutSource(layout, tag, limits);
}
