import { shortDigest } from './digest.js';
import { imageNameMatches } from './image-name.js';
import type { PlatformSpec } from './platform.js';
import { defaultPlatform, formatPlatform, parsePlatform, platformMatches } from './platform.js';
import type { Descriptor } from './schema.js';
import {
  ImageIndex,
  ImageManifest,
  imageNameAnnotation,
  parseJsonDocument,
  refNameAnnotation,
} from './schema.js';

/** Fetches the JSON blobs an index names. */
export interface ManifestLoader {
  /** The bytes of the blob, checked against the descriptor's digest and size; throws a clear Error otherwise. */
  load(descriptor: Descriptor): Promise<Buffer>;
}

export interface ManifestSelection {
  /** `DIR:TAG`: matched against the `org.opencontainers.image.ref.name` or `io.containerd.image.name` annotation. */
  tag?: string;
  /** `linux/amd64`, `linux/arm64/v8`. */
  platform?: string;
}

export interface ChosenManifest {
  descriptor: Descriptor;
  manifest: ImageManifest;
  /** The platform the index declared for the chosen manifest, when it declared one. */
  platform?: string;
  notes: string[];
}

export type ManifestDocument =
  | { kind: 'index'; index: ImageIndex }
  | { kind: 'manifest'; manifest: ImageManifest }
  | { kind: 'invalid'; message: string };

/** An index or manifest that cannot be resolved: the message says which and why. */
export class ManifestResolutionError extends Error {}

const attestationTypeAnnotation = 'vnd.docker.reference.type';

/** Tells an index (it lists `manifests`) from an image manifest (it has `layers`), whatever the media type says. */
export function classifyManifestDocument(bytes: Buffer, what: string): ManifestDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    return { kind: 'invalid', message: `${what} is not valid JSON: ${String(error)}` };
  }
  if (typeof raw === 'object' && raw !== null && 'manifests' in raw) {
    const parsed = parseJsonDocument(bytes, ImageIndex, `${what} (image index)`);
    return parsed.ok ? { kind: 'index', index: parsed.value } : { kind: 'invalid', message: parsed.message };
  }
  if (typeof raw === 'object' && raw !== null && 'schemaVersion' in raw && raw.schemaVersion === 1) {
    return { kind: 'invalid', message: `${what} is a Docker schema 1 manifest, which Bulwark does not read` };
  }
  const parsed = parseJsonDocument(bytes, ImageManifest, `${what} (image manifest)`);
  return parsed.ok
    ? { kind: 'manifest', manifest: parsed.value }
    : { kind: 'invalid', message: parsed.message };
}

function isAttestation(descriptor: Descriptor): boolean {
  if (descriptor.annotations?.[attestationTypeAnnotation] === 'attestation-manifest') return true;
  return descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown';
}

function tagMatches(descriptor: Descriptor, tag: string): boolean {
  const refName = descriptor.annotations?.[refNameAnnotation];
  const imageName = descriptor.annotations?.[imageNameAnnotation];
  if (refName === tag) return true;
  if (imageName !== undefined && imageNameMatches(imageName, tag)) return true;
  return refName !== undefined && refName.includes('/') && imageNameMatches(refName, tag);
}

function describeTags(descriptors: readonly Descriptor[]): string {
  const tags = new Set<string>();
  for (const descriptor of descriptors) {
    const name = descriptor.annotations?.[refNameAnnotation] ?? descriptor.annotations?.[imageNameAnnotation];
    if (name !== undefined) tags.add(name);
  }
  return tags.size === 0 ? 'none' : [...tags].sort().join(', ');
}

function describePlatforms(descriptors: readonly Descriptor[]): string {
  const platforms = descriptors.flatMap((descriptor) =>
    descriptor.platform === undefined ? [] : [formatPlatform(descriptor.platform)],
  );
  return platforms.length === 0 ? 'none declared' : platforms.join(', ');
}

class Resolver {
  readonly notes: string[] = [];

  constructor(
    private readonly loader: ManifestLoader,
    private readonly wanted: PlatformSpec | undefined,
    private readonly maxDepth: number,
  ) {}

  /** One descriptor of several: by platform when the index declares them, else the first, with a note. */
  pick(descriptors: readonly Descriptor[], where: string): Descriptor {
    const usable = descriptors.filter((descriptor) => !isAttestation(descriptor));
    const [only] = usable;
    if (only === undefined) throw new ManifestResolutionError(`${where} lists no image manifest`);
    const wanted = this.wanted;
    const declared = usable.filter((descriptor) => descriptor.platform !== undefined);
    if (wanted !== undefined) {
      const match = declared.find(
        (descriptor) => descriptor.platform && platformMatches(wanted, descriptor.platform),
      );
      const undeclared = usable.find((descriptor) => descriptor.platform === undefined);
      const chosen = match ?? undeclared;
      if (chosen !== undefined) return chosen;
      throw new ManifestResolutionError(
        `${where} has no manifest for ${formatPlatform(wanted)} (platforms: ${describePlatforms(usable)})`,
      );
    }
    if (usable.length === 1) return only;
    if (declared.length > 0) {
      const preferred =
        declared.find(
          (descriptor) => descriptor.platform && platformMatches(defaultPlatform, descriptor.platform),
        ) ?? only;
      this.notes.push(
        `${where} offers ${usable.length} platforms (${describePlatforms(usable)}); read ` +
          `${preferred.platform ? formatPlatform(preferred.platform) : shortDigest(preferred.digest)}; ` +
          'choose another with --platform',
      );
      return preferred;
    }
    this.notes.push(
      `${where} lists ${usable.length} images (tags: ${describeTags(usable)}); read the first; choose one with :TAG`,
    );
    return only;
  }

  async follow(
    descriptor: Descriptor,
    depth: number,
    ancestors: ReadonlySet<string>,
  ): Promise<ChosenManifest> {
    const name = `manifest ${descriptor.digest}`;
    if (ancestors.has(descriptor.digest)) {
      throw new ManifestResolutionError(
        `${name} refers back to itself through the image index (a loop); stopped`,
      );
    }
    if (depth > this.maxDepth) {
      throw new ManifestResolutionError(
        `image indexes nest deeper than ${this.maxDepth} levels at ${name}; stopped`,
      );
    }
    const bytes = await this.loader.load(descriptor);
    const document = classifyManifestDocument(bytes, name);
    if (document.kind === 'invalid') throw new ManifestResolutionError(document.message);
    if (document.kind === 'manifest') {
      return {
        descriptor,
        manifest: document.manifest,
        ...(descriptor.platform === undefined ? {} : { platform: formatPlatform(descriptor.platform) }),
        notes: this.notes,
      };
    }
    const inner = new Set(ancestors).add(descriptor.digest);
    const next = this.pick(document.index.manifests, `image index ${descriptor.digest}`);
    return this.follow(next, depth + 1, inner);
  }
}

/**
 * Chooses one image manifest from an index (an OCI layout's `index.json`, a registry's manifest list): by tag first,
 * then by platform, following nested indexes. An index that leads back to itself or nests too deep is an error,
 * never a hang. Without a platform, a multi-platform index yields linux/amd64 (or its first entry) with a note.
 */
export async function chooseImageManifest(
  index: ImageIndex,
  loader: ManifestLoader,
  selection: ManifestSelection,
  maxDepth: number,
  where = 'the image index',
): Promise<ChosenManifest> {
  let wanted: PlatformSpec | undefined;
  if (selection.platform !== undefined) {
    wanted = parsePlatform(selection.platform);
    if (wanted === undefined) {
      throw new ManifestResolutionError(
        `platform ${JSON.stringify(selection.platform)} is not of the form os/architecture[/variant]`,
      );
    }
  }
  const resolver = new Resolver(loader, wanted, maxDepth);
  let candidates = index.manifests;
  const tag = selection.tag;
  if (tag !== undefined) {
    candidates = candidates.filter((descriptor) => tagMatches(descriptor, tag));
    if (candidates.length === 0) {
      throw new ManifestResolutionError(
        `${where} has no image tagged ${JSON.stringify(tag)} (tags: ${describeTags(index.manifests)})`,
      );
    }
  }
  // Candidates of one tag that are all indexes or all platforms are chosen among like any index's entries.
  return resolver.follow(resolver.pick(candidates, where), 1, new Set());
}
