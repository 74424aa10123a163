import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { parseDigest } from '../../../sources/image/digest.js';
import { chooseArchiveImage } from '../../../sources/image/docker-archive.js';
import type { WalkLimits } from '../../../sources/image/limits.js';
import { resolveLimits } from '../../../sources/image/limits.js';
import { chooseImageManifest } from '../../../sources/image/resolve-manifest.js';
import type { Descriptor, ImageConfig as ImageConfigType } from '../../../sources/image/schema.js';
import {
  DockerArchiveManifest,
  ImageConfig,
  ImageIndex,
  ImageManifest,
  errorText,
  parseJsonDocument,
} from '../../../sources/image/schema.js';
import type { ImageReadProblem, InspectionSet } from '../../../sources/image/walk-layer.js';
import type { ArchiveScan } from './archive-scan.js';
import { digestOfBlobPath, scanArchive } from './archive-scan.js';
import type { LayerSlot } from './assemble.js';
import { assembleImage, failedImage } from './assemble.js';
import { BlobError, checkJsonDescriptor, verifyBlob } from './blob-check.js';
import type { ImageReadOptions, ReadImage } from './types.js';

interface PlannedLayer {
  /** Path of the layer inside the archive; undefined when the manifest's digest cannot name one. */
  path?: string;
  digest?: string;
  size?: number;
}

interface ArchivePlan {
  manifestDigest?: string;
  configDigest?: string;
  config?: ImageConfigType;
  layers: PlannedLayer[];
  platform?: string;
  errors: ImageReadProblem[];
  notes: string[];
}

const maxLinkHops = 8;
const legacyConfigName = /^(?<hex>[0-9a-f]{64})\.json$/;

function blobPathOf(digest: string): string | undefined {
  const parsed = parseDigest(digest);
  return parsed === undefined ? undefined : `blobs/${parsed.algorithm}/${parsed.hex}`;
}

/** Follows archive links (`docker save` links a repeated layer to its first copy). */
function followLinks(scan: ArchiveScan<InspectionSet>, path: string): string {
  let current = path.replace(/^\.?\/+/, '');
  for (let hop = 0; hop < maxLinkHops; hop += 1) {
    const next = scan.links.get(current);
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

function parseConfig(bytes: Buffer, what: string, plan: ArchivePlan): void {
  const parsed = parseJsonDocument(bytes, ImageConfig, what);
  if (parsed.ok) plan.config = parsed.value;
  else plan.errors.push({ message: parsed.message });
}

/** The digest a config's archive path implies: `blobs/sha256/<hex>` or the legacy `<hex>.json` (the image id). */
function configDigestOf(path: string): string | undefined {
  const hex = legacyConfigName.exec(path)?.groups?.['hex'];
  return hex === undefined ? digestOfBlobPath(path) : `sha256:${hex}`;
}

function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Docker ≥ 25 also writes an OCI index: its manifest that points at this config gives the manifest digest. */
function manifestDigestFor(scan: ArchiveScan<InspectionSet>, configDigest: string): string | undefined {
  const index = scan.json.get('index.json');
  if (index === undefined) return undefined;
  const parsed = parseJsonDocument(index, ImageIndex, 'index.json');
  if (!parsed.ok) return undefined;
  for (const descriptor of parsed.value.manifests) {
    const path = blobPathOf(descriptor.digest);
    const bytes = path === undefined ? undefined : scan.json.get(path);
    if (bytes === undefined) continue;
    const manifest = parseJsonDocument(bytes, ImageManifest, 'manifest');
    if (manifest.ok && manifest.value.config.digest === configDigest) return descriptor.digest;
  }
  return undefined;
}

function planDockerArchive(
  scan: ArchiveScan<InspectionSet>,
  manifestBytes: Buffer,
  tag?: string,
): ArchivePlan {
  const parsed = parseJsonDocument(manifestBytes, DockerArchiveManifest, 'manifest.json');
  if (!parsed.ok) throw new BlobError(parsed.message);
  const chosen = chooseArchiveImage(parsed.value, tag);
  const plan: ArchivePlan = { layers: [], errors: [], notes: chosen.notes };
  const configPath = followLinks(scan, chosen.image.Config);
  const configBytes = scan.json.get(configPath);
  const expected = configDigestOf(configPath);
  if (configBytes === undefined) {
    plan.errors.push({ message: `the archive lacks the image config ${chosen.image.Config}` });
  } else if (expected !== undefined && sha256(configBytes) !== expected) {
    plan.errors.push({
      message: `the image config ${chosen.image.Config} does not match its digest ${expected}`,
    });
  } else {
    parseConfig(configBytes, `config ${chosen.image.Config}`, plan);
  }
  const configDigest = expected ?? (configBytes === undefined ? undefined : sha256(configBytes));
  if (configDigest !== undefined) {
    plan.configDigest = configDigest;
    const manifestDigest = manifestDigestFor(scan, configDigest);
    if (manifestDigest !== undefined) plan.manifestDigest = manifestDigest;
  }
  plan.layers = chosen.image.Layers.map((layer) => {
    const path = followLinks(scan, layer);
    const digest = digestOfBlobPath(path);
    return { path, ...(digest === undefined ? {} : { digest }) };
  });
  return plan;
}

async function planOciArchive(
  scan: ArchiveScan<InspectionSet>,
  indexBytes: Buffer,
  options: ImageReadOptions,
  limits: WalkLimits,
): Promise<ArchivePlan> {
  const index = parseJsonDocument(indexBytes, ImageIndex, 'index.json');
  if (!index.ok) throw new BlobError(index.message);
  const load = async (descriptor: Descriptor, what: string): Promise<Buffer> => {
    checkJsonDescriptor(descriptor, limits.maxJsonBytes, what);
    const path = blobPathOf(descriptor.digest);
    const bytes = path === undefined ? undefined : scan.json.get(followLinks(scan, path));
    if (bytes === undefined) throw new BlobError(`the archive lacks ${what}`);
    verifyBlob(bytes, descriptor, what);
    return bytes;
  };
  const chosen = await chooseImageManifest(
    index.value,
    { load: (descriptor) => load(descriptor, `manifest ${descriptor.digest}`) },
    {
      ...(options.tag === undefined ? {} : { tag: options.tag }),
      ...(options.platform === undefined ? {} : { platform: options.platform }),
    },
    limits.maxIndexDepth,
    'index.json',
  );
  const plan: ArchivePlan = {
    manifestDigest: chosen.descriptor.digest,
    configDigest: chosen.manifest.config.digest,
    layers: [],
    ...(chosen.platform === undefined ? {} : { platform: chosen.platform }),
    errors: [],
    notes: chosen.notes,
  };
  try {
    const config = chosen.manifest.config;
    parseConfig(await load(config, `config ${config.digest}`), `config ${config.digest}`, plan);
  } catch (error) {
    plan.errors.push({ message: errorText(error) });
  }
  plan.layers = chosen.manifest.layers.map((descriptor) => {
    const path = blobPathOf(descriptor.digest);
    return {
      ...(path === undefined ? {} : { path: followLinks(scan, path) }),
      digest: descriptor.digest,
      size: descriptor.size,
    };
  });
  return plan;
}

/** Without a manifest (an archive cut before it), a config's diff_ids still order the layers that were walked. */
function planFromConfigs(scan: ArchiveScan<InspectionSet>): ArchivePlan | undefined {
  const byDiffId = new Map<string, string>();
  for (const [path, read] of scan.layers) if (read.outcome.diffId) byDiffId.set(read.outcome.diffId, path);
  for (const [path, bytes] of [...scan.json].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const parsed = parseJsonDocument(bytes, ImageConfig, path);
    const diffIds = parsed.ok ? (parsed.value.rootfs?.diff_ids ?? []) : [];
    if (!parsed.ok || diffIds.length === 0 || !diffIds.some((diffId) => byDiffId.has(diffId))) continue;
    return {
      configDigest: configDigestOf(path) ?? sha256(bytes),
      config: parsed.value,
      layers: diffIds.map((diffId) => {
        const layerPath = byDiffId.get(diffId);
        return { ...(layerPath === undefined ? {} : { path: layerPath }), digest: diffId };
      }),
      errors: [],
      notes: [`the archive's manifest is missing; layers are ordered by the diff_ids of config ${path}`],
    };
  }
  return undefined;
}

/** The plan from the archive's manifest; undefined when it has neither manifest.json nor index.json. */
async function planArchive(
  scan: ArchiveScan<InspectionSet>,
  options: ImageReadOptions,
  limits: WalkLimits,
): Promise<ArchivePlan | undefined> {
  const dockerManifest = scan.json.get('manifest.json');
  if (dockerManifest !== undefined) return planDockerArchive(scan, dockerManifest, options.tag);
  const index = scan.json.get('index.json');
  if (index !== undefined) return planOciArchive(scan, index, options, limits);
  return undefined;
}

function slotsOf<S extends InspectionSet>(scan: ArchiveScan<S>, plan: ArchivePlan): LayerSlot<S>[] {
  return plan.layers.map((planned, index): LayerSlot<S> => {
    const read = planned.path === undefined ? undefined : scan.layers.get(planned.path);
    const configDiffId = plan.config?.rootfs?.diff_ids?.[index];
    const digest = planned.digest ?? read?.outcome.diffId ?? configDiffId ?? planned.path ?? `layer ${index}`;
    const size = planned.size === undefined ? {} : { expectedSize: planned.size };
    if (read !== undefined) return { digest, read, ...size };
    const skipped = planned.path === undefined ? undefined : scan.skipped.get(planned.path);
    let missing = `the archive lacks this layer${scan.complete ? '' : ' (the archive ends early)'}`;
    if (planned.path === undefined) missing = 'the manifest gives the layer an invalid digest; not read';
    else if (skipped !== undefined) missing = `${planned.path} was not read as a layer: ${skipped}`;
    return { digest, missing, ...size };
  });
}

/**
 * Reads an image from a tar stream in one pass: a `docker save` archive (legacy `<id>/layer.tar` or Docker ≥ 25's
 * OCI-style `blobs/`), or an oci-archive; plain, gzip or zstd. Layers are walked as they stream by, before the
 * manifest that orders them (it comes last in `docker save`). Never rejects for bad input.
 */
export async function readImageFromArchiveStream<S extends InspectionSet>(
  stream: Readable,
  reference: string,
  inspections: S,
  options: ImageReadOptions = {},
): Promise<ReadImage<S>> {
  const limits = resolveLimits(options.limits);
  const scan = await scanArchive(stream, inspections, limits);
  const errors = [...scan.errors];
  let plan: ArchivePlan | undefined;
  try {
    plan = await planArchive(scan, options, limits);
  } catch (error) {
    return failedImage(reference, inspections, [...errors, { message: errorText(error) }], scan.notes);
  }
  if (plan === undefined) {
    const ending = scan.complete ? '' : ' (it ends early)';
    errors.push({
      message: `the archive holds neither manifest.json (docker save) nor index.json (OCI)${ending}`,
    });
    plan = planFromConfigs(scan);
    if (plan === undefined) return failedImage(reference, inspections, errors, scan.notes);
  }
  return assembleImage({
    reference,
    inspections,
    ...(plan.manifestDigest === undefined ? {} : { manifestDigest: plan.manifestDigest }),
    ...(plan.configDigest === undefined ? {} : { configDigest: plan.configDigest }),
    ...(plan.config === undefined ? {} : { config: plan.config }),
    slots: slotsOf(scan, plan),
    ...(options.platform === undefined ? {} : { requestedPlatform: options.platform }),
    ...(plan.platform === undefined ? {} : { indexPlatform: plan.platform }),
    errors: [...errors, ...plan.errors],
    notes: [...scan.notes, ...plan.notes],
  });
}
