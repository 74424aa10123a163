import type { Readable } from 'node:stream';
import { parseDigest } from '../../../../sources/image/digest.js';
import { resolveLimits } from '../../../../sources/image/limits.js';
import type { WalkLimits } from '../../../../sources/image/limits.js';
import { formatPlatform, parsePlatform, platformMatches } from '../../../../sources/image/platform.js';
import type { PlatformSpec } from '../../../../sources/image/platform.js';
import {
  ManifestResolutionError,
  chooseImageManifest,
  classifyManifestDocument,
} from '../../../../sources/image/resolve-manifest.js';
import type { ChosenManifest } from '../../../../sources/image/resolve-manifest.js';
import { ImageConfig } from '../../../../sources/image/schema.js';
import type { Descriptor, ImageManifest } from '../../../../sources/image/schema.js';
import type { BlobSource, ResolvedManifest } from '../../read/read-image.js';
import { RemoteImageError } from '../errors.js';
import { collectStream, digestLike, sha256Digest, verifiedStream } from '../verify.js';
import { RegistryClient } from './client.js';
import type { RegistryClientOptions } from './client.js';
import { lookupCredentials } from './credentials.js';
import type { CredentialEnvironment } from './credentials.js';
import { formatImageReference, manifestSelector, parseImageReference } from './reference.js';
import type { ImageReference } from './reference.js';
import { manifestAccept } from './schema.js';

/** What a blob request needs from a manifest's descriptor. */
export interface BlobDescriptor {
  digest: string;
  size: number;
  mediaType?: string;
}

export interface RegistryResolvedManifest extends ResolvedManifest {
  /** Digest of the image manifest that was read (the platform's entry when the reference names an index). */
  manifestDigest: string;
  /** Digest of the index or manifest list the manifest was chosen from, when there was one. */
  indexDigest?: string;
  /** The source's notes so far: credentials that could not be used, the platform chosen or not matched. */
  notes: string[];
}

/** Blobs of one image in a registry, each verified against its digest as it streams. */
export interface RegistryBlobSource extends BlobSource {
  readonly reference: ImageReference;
  /** Things the user should know that are not errors (an unsupported credential helper, a platform mismatch). */
  readonly notes: readonly string[];
  resolveManifest(platform?: string): Promise<RegistryResolvedManifest>;
  openBlob(descriptor: BlobDescriptor): Promise<Readable>;
}

export interface RegistrySourceOptions extends RegistryClientOptions {
  /** Where to find the Docker config.json; without it (and without `credentials`) the registry is read anonymously. */
  environment?: CredentialEnvironment;
  /** Size and nesting bounds for manifests, indexes and configs (the image reader's limits). */
  limits?: Partial<WalkLimits>;
}

interface FetchedManifest {
  digest: string;
  bytes: Buffer;
  label: string;
}

class RegistrySource implements RegistryBlobSource {
  readonly notes: string[];
  private readonly limits: WalkLimits;

  constructor(
    private readonly client: RegistryClient,
    notes: readonly string[],
    limits: Partial<WalkLimits> | undefined,
  ) {
    this.notes = [...notes];
    this.limits = resolveLimits(limits);
  }

  get reference(): ImageReference {
    return this.client.reference;
  }

  private get display(): string {
    return formatImageReference(this.client.reference);
  }

  /** GETs a manifest (or index) and checks it against the digest it was asked by and what the registry announces. */
  private async fetchManifest(
    selector: string,
    expected: BlobDescriptor | undefined,
  ): Promise<FetchedManifest> {
    const label = `manifest ${selector} of ${this.client.name}`;
    const response = await this.client.get(`manifests/${selector}`, label, manifestAccept);
    const bytes = await response.bytes(this.limits.maxJsonBytes);
    const wanted = expected?.digest ?? (parseDigest(selector) === undefined ? undefined : selector);
    const digest = wanted === undefined ? sha256Digest(bytes) : digestLike(wanted, bytes);
    if (wanted !== undefined && digest !== wanted) {
      throw new RemoteImageError(`${label}: content does not match its digest (the bytes hash to ${digest})`);
    }
    if (expected !== undefined && bytes.length !== expected.size) {
      throw new RemoteImageError(`${label}: ${bytes.length} bytes, but the index declares ${expected.size}`);
    }
    const announced = response.headers.get('docker-content-digest');
    if (
      announced !== null &&
      parseDigest(announced) !== undefined &&
      announced !== digestLike(announced, bytes)
    ) {
      throw new RemoteImageError(
        `${label}: the registry announces ${announced}, but the bytes hash to ${digest}`,
      );
    }
    return { digest, bytes, label };
  }

  async resolveManifest(platform?: string): Promise<RegistryResolvedManifest> {
    const top = await this.fetchManifest(manifestSelector(this.client.reference), undefined);
    const document = classifyManifestDocument(top.bytes, top.label);
    if (document.kind === 'invalid') throw new RemoteImageError(document.message);
    if (document.kind === 'manifest') return this.singlePlatform(top, document.manifest, platform);
    const loader = {
      load: async (descriptor: Descriptor) => (await this.fetchManifest(descriptor.digest, descriptor)).bytes,
    };
    let chosen: ChosenManifest;
    try {
      chosen = await chooseImageManifest(
        document.index,
        loader,
        platform === undefined ? {} : { platform },
        this.limits.maxIndexDepth,
        `image index ${manifestSelector(this.client.reference)} of ${this.client.name}`,
      );
    } catch (error) {
      if (error instanceof ManifestResolutionError) throw new RemoteImageError(error.message);
      throw error;
    }
    this.notes.push(...chosen.notes);
    return {
      manifestDigest: chosen.descriptor.digest,
      manifest: chosen.manifest,
      configBytes: await this.readConfig(chosen.manifest),
      indexDigest: top.digest,
      ...(chosen.platform === undefined ? {} : { platform: chosen.platform }),
      notes: [...this.notes],
    };
  }

  private async singlePlatform(
    top: FetchedManifest,
    manifest: ImageManifest,
    platform: string | undefined,
  ): Promise<RegistryResolvedManifest> {
    const configBytes = await this.readConfig(manifest);
    const configPlatform = this.configPlatform(configBytes);
    const wanted = platform === undefined ? undefined : parsePlatform(platform);
    if (platform !== undefined && wanted === undefined) {
      throw new RemoteImageError(
        `platform ${JSON.stringify(platform)} is not of the form os/architecture[/variant]`,
      );
    }
    if (wanted !== undefined && configPlatform !== undefined && !platformMatches(wanted, configPlatform)) {
      this.notes.push(
        `${this.display} is a single-platform image for ${formatPlatform(configPlatform)}, ` +
          `not the requested ${formatPlatform(wanted)}; reading it anyway`,
      );
    }
    return {
      manifestDigest: top.digest,
      manifest,
      configBytes,
      ...(configPlatform === undefined ? {} : { platform: formatPlatform(configPlatform) }),
      notes: [...this.notes],
    };
  }

  private configPlatform(configBytes: Buffer): PlatformSpec | undefined {
    try {
      const parsed = ImageConfig.safeParse(JSON.parse(configBytes.toString('utf8')));
      const { os, architecture, variant } = parsed.success ? parsed.data : {};
      if (typeof os !== 'string' || typeof architecture !== 'string') return undefined;
      return { os, architecture, ...(typeof variant === 'string' && variant !== '' ? { variant } : {}) };
    } catch {
      // The reader reports a broken config with its own context; the platform is only a hint here.
      return undefined;
    }
  }

  private async readConfig(manifest: ImageManifest): Promise<Buffer> {
    const stream = await this.openBlob(manifest.config);
    return collectStream(
      stream,
      this.limits.maxJsonBytes,
      `config ${manifest.config.digest} of ${this.client.name}`,
    );
  }

  async openBlob(descriptor: BlobDescriptor): Promise<Readable> {
    const kind = descriptor.mediaType?.includes('config') === true ? 'config' : 'layer';
    const label = `${kind} ${descriptor.digest} of ${this.client.name}`;
    if (parseDigest(descriptor.digest) === undefined) {
      throw new RemoteImageError(
        `${label}: not a sha256 or sha512 digest, so its content cannot be verified`,
      );
    }
    const response = await this.client.get(`blobs/${descriptor.digest}`, label);
    return verifiedStream(response.stream(), descriptor, label);
  }
}

/**
 * Opens an image in a registry: parses the reference, finds credentials (explicit ones first, then config.json
 * from `options.environment`) and returns a source whose manifests and blobs are verified against their digests.
 * Nothing is fetched until `resolveManifest` is called.
 */
export async function openRegistrySource(
  referenceText: string,
  options: RegistrySourceOptions = {},
): Promise<RegistryBlobSource> {
  const reference = parseImageReference(referenceText);
  const notes: string[] = [];
  let clientOptions: RegistryClientOptions = options;
  if (options.credentials === undefined && options.environment !== undefined) {
    const lookup = await lookupCredentials(options.environment, reference.domain);
    notes.push(...lookup.notes);
    if (lookup.credentials !== undefined) {
      clientOptions = {
        ...options,
        credentials: lookup.credentials,
        ...(lookup.source === undefined ? {} : { credentialSource: lookup.source }),
      };
    }
  }
  return new RegistrySource(new RegistryClient(reference, clientOptions), notes, options.limits);
}
