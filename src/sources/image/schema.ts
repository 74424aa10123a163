import { z } from 'zod';

// The JSON documents of OCI image layouts, registries and `docker save` archives. Only the fields Bulwark reads are
// typed; everything else passes through untouched. Docker writes `null` for empty lists and maps, hence `nullish`.

export const mediaTypes = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
} as const;

/** Annotation naming an image inside an OCI layout (`DIR:TAG`). */
export const refNameAnnotation = 'org.opencontainers.image.ref.name';
/** Annotation containerd and Docker ≥ 25 write with the full image name. */
export const imageNameAnnotation = 'io.containerd.image.name';

const StringMap = z.record(z.string(), z.string());

export const Platform = z.looseObject({
  architecture: z.string(),
  os: z.string(),
  variant: z.string().optional(),
  'os.version': z.string().optional(),
});
export type Platform = z.infer<typeof Platform>;

export const Descriptor = z.looseObject({
  mediaType: z.string().optional(),
  digest: z.string(),
  size: z.number().int().nonnegative(),
  annotations: StringMap.nullish(),
  platform: Platform.optional(),
  urls: z.array(z.string()).nullish(),
});
export type Descriptor = z.infer<typeof Descriptor>;

/** An OCI image index or a Docker manifest list (schema 2): both list manifests, optionally per platform. */
export const ImageIndex = z.looseObject({
  schemaVersion: z.literal(2),
  mediaType: z.string().optional(),
  manifests: z.array(Descriptor),
  annotations: StringMap.nullish(),
});
export type ImageIndex = z.infer<typeof ImageIndex>;

/** An OCI image manifest or a Docker image manifest (schema 2). */
export const ImageManifest = z.looseObject({
  schemaVersion: z.literal(2),
  mediaType: z.string().optional(),
  config: Descriptor,
  layers: z.array(Descriptor),
  annotations: StringMap.nullish(),
});
export type ImageManifest = z.infer<typeof ImageManifest>;

// One odd field (a number among labels, a string where a list belongs) must not cost the rest of the config.
const StringList = z.array(z.string()).nullish().catch(undefined);
const OptionalString = z.string().nullish().catch(undefined);
const StringRecord = StringMap.nullish().catch(undefined);
const KeySet = z.record(z.string(), z.unknown()).nullish().catch(undefined);

export const ContainerConfig = z.looseObject({
  User: OptionalString,
  Env: StringList,
  ExposedPorts: KeySet,
  Entrypoint: StringList,
  Cmd: StringList,
  WorkingDir: OptionalString,
  Labels: StringRecord,
  Healthcheck: z.looseObject({ Test: StringList }).nullish().catch(undefined),
});
export type ContainerConfig = z.infer<typeof ContainerConfig>;

export const HistoryEntry = z.looseObject({
  created: z.string().nullish().catch(undefined),
  created_by: OptionalString,
  comment: OptionalString,
  empty_layer: z.boolean().nullish().catch(undefined),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const ImageConfig = z.looseObject({
  architecture: OptionalString,
  os: OptionalString,
  variant: OptionalString,
  config: ContainerConfig.nullish().catch(undefined),
  history: z.array(HistoryEntry).nullish().catch(undefined),
  rootfs: z
    .looseObject({ type: z.string().optional(), diff_ids: z.array(z.string()).nullish() })
    .nullish()
    .catch(undefined),
});
export type ImageConfig = z.infer<typeof ImageConfig>;

/** One image of a `docker save` archive's `manifest.json`. */
export const DockerArchiveImage = z.looseObject({
  Config: z.string(),
  RepoTags: z.array(z.string()).nullish(),
  Layers: z.array(z.string()),
});
export type DockerArchiveImage = z.infer<typeof DockerArchiveImage>;

export const DockerArchiveManifest = z.array(DockerArchiveImage);
export type DockerArchiveManifest = z.infer<typeof DockerArchiveManifest>;

/** The `oci-layout` marker file of an OCI image layout. */
export const OciLayoutMarker = z.looseObject({ imageLayoutVersion: z.string() });
export type OciLayoutMarker = z.infer<typeof OciLayoutMarker>;

export type JsonParse<T> = { ok: true; value: T } | { ok: false; message: string };

/** Parses JSON bytes with a schema; the message names `what` and the first few schema problems. */
export function parseJsonDocument<T>(
  bytes: Buffer | string,
  schema: z.ZodType<T>,
  what: string,
): JsonParse<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(typeof bytes === 'string' ? bytes : bytes.toString('utf8'));
  } catch (error) {
    return { ok: false, message: `${what} is not valid JSON: ${errorText(error)}` };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  return { ok: false, message: `${what} is not valid: ${problems.join('; ')}` };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
