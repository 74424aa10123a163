/**
 * Builds small container images in JavaScript for tests: nothing is pulled, no daemon runs.
 *
 * 1. Describe layers as entry lists and build an image:
 *    `const image = await buildImage({ layers: [{ entries: [file('/etc/os-release', 'ID=debian\n')] }] })`.
 *    Entries: `file`, `dir`, `symlink`, `hardlink`, `whiteout` (deletes a lower path), `opaque` (hides a lower
 *    directory's content), `raw` (any tar header as written, for hostile names such as `../x` or `/abs`).
 *    Layers are gzip by default; `compression: 'none' | 'zstd'` (zstd runs the `zstd` tool, see `requireZstd`).
 * 2. Write it as an OCI layout (`writeOciLayout`), an oci-archive (`writeOciArchive`) or a `docker save` archive
 *    (`writeDockerArchive`, `style: 'legacy' | 'oci'`). Layouts and oci-archives take index entries
 *    (`indexEntry(image, {refName})`, `nestedIndex([...])` for multi-platform images).
 * 3. Make it hostile: `corruptLayerDigest`, `truncateLayer`, `claimLayerSize`, `replaceLayer` (e.g. with
 *    `writeGzipBombLayer`), `loopingIndex`, `truncateFile`.
 *
 * Everything is deterministic (fixed mtimes, sorted archive entries) so digests are stable across runs.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { constants as zlibConstants, crc32, createDeflateRaw, gzipSync } from 'node:zlib';
import tarStream from 'tar-stream';

type TarHeader = Parameters<tarStream.Pack['entry']>[0];
type Owner = { mode?: number; uid?: number; gid?: number };

export type TestEntry =
  | ({ type: 'file'; path: string; content?: string | Buffer } & Owner)
  | ({ type: 'dir'; path: string } & Owner)
  | { type: 'symlink'; path: string; target: string }
  | { type: 'hardlink'; path: string; target: string }
  | { type: 'whiteout'; path: string }
  | { type: 'opaque'; path: string }
  | { type: 'raw'; header: TarHeader; content?: Buffer };

export const file = (p: string, content: string | Buffer = '', owner: Owner = {}): TestEntry => ({
  type: 'file',
  path: p,
  content,
  ...owner,
});
export const dir = (p: string, owner: Owner = {}): TestEntry => ({ type: 'dir', path: p, ...owner });
export const symlink = (p: string, target: string): TestEntry => ({ type: 'symlink', path: p, target });
export const hardlink = (p: string, target: string): TestEntry => ({ type: 'hardlink', path: p, target });
export const whiteout = (p: string): TestEntry => ({ type: 'whiteout', path: p });
export const opaque = (p: string): TestEntry => ({ type: 'opaque', path: p });

export type TestCompression = 'gzip' | 'zstd' | 'none';

export interface TestBlob {
  /** The digest the blob is stored under and declared with (hostile blobs may not hash to it). */
  digest: string;
  size: number;
  mediaType: string;
  bytes?: Buffer;
  /** A blob too large to hold in memory lives in a file. */
  file?: string;
}

export interface TestLayer extends TestBlob {
  diffId: string;
  /** The uncompressed tar, for archives that store layers uncompressed (`docker save`). */
  tar?: Buffer;
  compression: TestCompression;
  createdBy?: string;
  /** Size the manifest declares when it differs from the real one. */
  declaredSize?: number;
}

export interface TestLayerSpec {
  entries: readonly TestEntry[];
  compression?: TestCompression;
  createdBy?: string;
}

export interface TestPlatform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface TestImageSpec {
  layers: readonly (TestLayerSpec | TestLayer)[];
  platform?: TestPlatform;
  /** Merged into the config's `config` object (`User`, `Env`, `ExposedPorts`, `Healthcheck`, ...). */
  config?: Record<string, unknown>;
  /** Replaces the generated history (one entry per layer with its `createdBy`). */
  history?: readonly Record<string, unknown>[];
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: TestPlatform;
  annotations?: Record<string, string>;
}

export interface TestImage {
  layers: TestLayer[];
  config: TestBlob;
  manifest: TestBlob;
  configJson: Record<string, unknown>;
  manifestJson: { config: Descriptor; layers: Descriptor[] } & Record<string, unknown>;
  platform: TestPlatform;
  /** The manifest's descriptor, with its platform, for an index. */
  descriptor: Descriptor;
}

/** A root of an OCI index: a descriptor and every blob it needs. */
export interface IndexEntry {
  descriptor: Descriptor;
  blobs: TestBlob[];
}

export const media = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  layerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  layer: 'application/vnd.oci.image.layer.v1.tar',
} as const;

const epoch = new Date(0);
const mebibyte = 1024 * 1024;

export function sha256(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function hexOf(digest: string): string {
  return digest.slice(digest.indexOf(':') + 1);
}

function relative(p: string): string {
  return p.replace(/^\/+/, '');
}

function headerOf(entry: TestEntry): { header: TarHeader; content?: Buffer } {
  const owner = (o: Owner) => ({ mode: o.mode, uid: o.uid ?? 0, gid: o.gid ?? 0, mtime: epoch });
  switch (entry.type) {
    case 'file': {
      const content = Buffer.from(entry.content ?? '');
      return {
        header: { name: relative(entry.path), type: 'file', ...owner({ mode: 0o644, ...entry }) },
        content,
      };
    }
    case 'dir':
      return {
        header: { name: `${relative(entry.path)}/`, type: 'directory', ...owner({ mode: 0o755, ...entry }) },
      };
    case 'symlink':
      return {
        header: { name: relative(entry.path), type: 'symlink', linkname: entry.target, mtime: epoch },
      };
    case 'hardlink':
      return {
        header: { name: relative(entry.path), type: 'link', linkname: relative(entry.target), mtime: epoch },
      };
    case 'whiteout': {
      const parent = path.posix.dirname(relative(entry.path));
      const name = `.wh.${path.posix.basename(entry.path)}`;
      return { header: { name: parent === '.' ? name : `${parent}/${name}`, type: 'file', mtime: epoch } };
    }
    case 'opaque':
      return { header: { name: `${relative(entry.path)}/.wh..wh..opq`, type: 'file', mtime: epoch } };
    case 'raw':
      return {
        header: { mtime: epoch, ...entry.header },
        ...(entry.content ? { content: entry.content } : {}),
      };
  }
}

async function collect(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** The uncompressed tar of a layer's entries, in the order given. */
export async function tarOf(entries: readonly TestEntry[]): Promise<Buffer> {
  const pack = tarStream.pack();
  const done = collect(pack);
  for (const entry of entries) {
    const { header, content } = headerOf(entry);
    pack.entry(
      content === undefined ? header : { ...header, size: content.length },
      content ?? Buffer.alloc(0),
    );
  }
  pack.finalize();
  return done;
}

/** True when the `zstd` tool is installed. */
export function hasZstd(): boolean {
  return spawnSync('zstd', ['--version']).status === 0;
}

/** For zstd tests: with CI=true a missing tool fails the test; otherwise the test skips with the returned reason. */
export function requireZstd(): string | undefined {
  if (hasZstd()) return undefined;
  if (process.env['CI'] === 'true')
    throw new Error('the zstd tool is required (CI=true) but is not installed');
  return 'the zstd tool is not installed';
}

function compress(tar: Buffer, compression: TestCompression): Buffer {
  if (compression === 'none') return tar;
  if (compression === 'gzip') return gzipSync(tar, { level: 6 });
  const result = spawnSync('zstd', ['-q', '-c', '-3'], { input: tar, maxBuffer: 1024 * mebibyte });
  if (result.status !== 0) throw new Error(`zstd failed: ${result.stderr?.toString() ?? 'not installed'}`);
  return result.stdout;
}

const layerMedia = { gzip: media.layerGzip, zstd: media.layerZstd, none: media.layer } as const;

export async function buildLayer(spec: TestLayerSpec): Promise<TestLayer> {
  const compression = spec.compression ?? 'gzip';
  const tar = await tarOf(spec.entries);
  const bytes = compress(tar, compression);
  return {
    digest: sha256(bytes),
    size: bytes.length,
    mediaType: layerMedia[compression],
    bytes,
    diffId: sha256(tar),
    tar,
    compression,
    ...(spec.createdBy === undefined ? {} : { createdBy: spec.createdBy }),
  };
}

function jsonBlob(value: unknown, mediaType: string): TestBlob {
  const bytes = Buffer.from(JSON.stringify(value));
  return { digest: sha256(bytes), size: bytes.length, mediaType, bytes };
}

function descriptorOf(blob: TestBlob & { declaredSize?: number }): Descriptor {
  return { mediaType: blob.mediaType, digest: blob.digest, size: blob.declaredSize ?? blob.size };
}

function assembleImage(layers: TestLayer[], spec: Omit<TestImageSpec, 'layers'>): TestImage {
  const platform = spec.platform ?? { os: 'linux', architecture: 'amd64' };
  const history =
    spec.history ?? layers.map((layer, index) => ({ created_by: layer.createdBy ?? `RUN step ${index}` }));
  const configJson: Record<string, unknown> = {
    ...platform,
    config: { Env: ['PATH=/usr/bin:/bin'], ...spec.config },
    rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.diffId) },
    history,
  };
  const config = jsonBlob(configJson, media.config);
  const manifestJson = {
    schemaVersion: 2,
    mediaType: media.manifest,
    config: descriptorOf(config),
    layers: layers.map(descriptorOf),
  };
  const manifest = jsonBlob(manifestJson, media.manifest);
  return {
    layers,
    config,
    manifest,
    configJson,
    manifestJson,
    platform,
    descriptor: { ...descriptorOf(manifest), platform },
  };
}

export async function buildImage(spec: TestImageSpec): Promise<TestImage> {
  const layers: TestLayer[] = [];
  for (const layer of spec.layers) layers.push('diffId' in layer ? layer : await buildLayer(layer));
  return assembleImage(layers, spec);
}

function rebuild(image: TestImage, layers: TestLayer[]): TestImage {
  const { history, config } = image.configJson;
  return assembleImage(layers, {
    platform: image.platform,
    history: Array.isArray(history) ? history : [],
    config: typeof config === 'object' && config !== null ? { ...config } : {},
  });
}

/** Same image, but layer `index`'s blob no longer hashes to its digest (gzip: the header's mtime byte changes). */
export function corruptLayerDigest(image: TestImage, index: number): TestImage {
  const layers = [...image.layers];
  const layer = layers[index];
  if (layer?.bytes === undefined || layer.compression !== 'gzip')
    throw new Error('needs an in-memory gzip layer');
  const bytes = Buffer.from(layer.bytes);
  bytes[4] = (bytes[4] ?? 0) ^ 0xff;
  layers[index] = { ...layer, bytes };
  return { ...image, layers };
}

/** Layer `index`'s blob keeps only its first `keep` bytes (default half); its descriptor is unchanged. */
export function truncateLayer(image: TestImage, index: number, keep?: number): TestImage {
  const layers = [...image.layers];
  const layer = layers[index];
  if (layer?.bytes === undefined) throw new Error('needs an in-memory layer');
  layers[index] = { ...layer, bytes: layer.bytes.subarray(0, keep ?? Math.floor(layer.bytes.length / 2)) };
  return { ...image, layers };
}

/** The manifest declares `size` bytes for layer `index` (e.g. 10 GB) while the blob stays as it is. */
export function claimLayerSize(image: TestImage, index: number, size: number): TestImage {
  return rebuild(
    image,
    image.layers.map((layer, at) => (at === index ? { ...layer, declaredSize: size } : layer)),
  );
}

/** Puts another layer (a gzip bomb, a layer with hostile entries) at `index`; manifest and config follow. */
export function replaceLayer(image: TestImage, index: number, layer: TestLayer): TestImage {
  return rebuild(
    image,
    image.layers.map((existing, at) => (at === index ? layer : existing)),
  );
}

export function indexEntry(
  image: TestImage,
  options: { refName?: string; imageName?: string } = {},
): IndexEntry {
  const annotations: Record<string, string> = {};
  if (options.refName !== undefined) annotations['org.opencontainers.image.ref.name'] = options.refName;
  if (options.imageName !== undefined) annotations['io.containerd.image.name'] = options.imageName;
  return {
    descriptor: { ...image.descriptor, ...(Object.keys(annotations).length > 0 ? { annotations } : {}) },
    blobs: [image.manifest, image.config, ...image.layers],
  };
}

/** An image index blob over several entries (one per platform), usable as an entry of `index.json`. */
export function nestedIndex(
  entries: readonly IndexEntry[],
  annotations?: Record<string, string>,
): IndexEntry {
  const blob = jsonBlob(
    { schemaVersion: 2, mediaType: media.index, manifests: entries.map((entry) => entry.descriptor) },
    media.index,
  );
  return {
    descriptor: { ...descriptorOf(blob), ...(annotations === undefined ? {} : { annotations }) },
    blobs: [blob, ...entries.flatMap((entry) => entry.blobs)],
  };
}

/** An index blob that lists itself: stored under the digest it names, which its content cannot hash to. */
export function loopingIndex(): IndexEntry {
  const digest = sha256('bulwark test: an index that lists itself');
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: media.index,
      manifests: [{ mediaType: media.index, digest, size: 0 }],
    }),
  );
  const blob: TestBlob = { digest, size: bytes.length, mediaType: media.index, bytes };
  return { descriptor: descriptorOf(blob), blobs: [blob] };
}

function uniqueBlobs(entries: readonly IndexEntry[]): TestBlob[] {
  const blobs = new Map<string, TestBlob>();
  for (const entry of entries)
    for (const blob of entry.blobs) if (!blobs.has(blob.digest)) blobs.set(blob.digest, blob);
  return [...blobs.values()].sort((a, b) => (a.digest < b.digest ? -1 : 1));
}

function indexJson(entries: readonly IndexEntry[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: media.index,
      manifests: entries.map((entry) => entry.descriptor),
    }),
  );
}

function isImage(roots: TestImage | readonly IndexEntry[]): roots is TestImage {
  return 'manifestJson' in roots;
}

function rootsOf(roots: TestImage | readonly IndexEntry[]): readonly IndexEntry[] {
  return isImage(roots) ? [indexEntry(roots)] : roots;
}

const layoutMarker = Buffer.from(JSON.stringify({ imageLayoutVersion: '1.0.0' }));

export async function writeOciLayout(
  directory: string,
  roots: TestImage | readonly IndexEntry[],
): Promise<void> {
  const entries = rootsOf(roots);
  await mkdir(path.join(directory, 'blobs', 'sha256'), { recursive: true });
  await writeFile(path.join(directory, 'oci-layout'), layoutMarker);
  await writeFile(path.join(directory, 'index.json'), indexJson(entries));
  for (const blob of uniqueBlobs(entries)) {
    const target = path.join(directory, 'blobs', 'sha256', hexOf(blob.digest));
    if (blob.file !== undefined) await pipeline(createReadStream(blob.file), createWriteStream(target));
    else await writeFile(target, blob.bytes ?? Buffer.alloc(0));
  }
}

interface ArchiveMember {
  name: string;
  bytes?: Buffer;
  file?: string;
  size?: number;
  linkTo?: string;
}

async function writeTar(target: string, members: readonly ArchiveMember[]): Promise<void> {
  const pack = tarStream.pack();
  const written = pipeline(pack, createWriteStream(target));
  for (const member of members) {
    if (member.linkTo !== undefined) {
      pack.entry({ name: member.name, type: 'symlink', linkname: member.linkTo, mtime: epoch });
    } else if (member.file !== undefined) {
      let finish: (error?: Error | null) => void = () => undefined;
      const entered = new Promise<void>((resolve, reject) => {
        finish = (error) => (error ? reject(error) : resolve());
      });
      const sink = pack.entry({ name: member.name, size: member.size, mtime: epoch }, finish);
      for await (const chunk of createReadStream(member.file)) {
        if (!sink.write(chunk)) await new Promise<void>((resolve) => sink.once('drain', () => resolve()));
      }
      sink.end(null);
      await entered;
    } else {
      pack.entry({ name: member.name, mtime: epoch }, member.bytes ?? Buffer.alloc(0));
    }
  }
  pack.finalize();
  await written;
}

function blobMember(blob: TestBlob): ArchiveMember {
  const name = `blobs/sha256/${hexOf(blob.digest)}`;
  return blob.file !== undefined ? { name, file: blob.file, size: blob.size } : { name, bytes: blob.bytes };
}

/** An OCI layout in a tar. `order: 'metadata-last'` puts index.json after the blobs, as streaming writers do. */
export async function writeOciArchive(
  target: string,
  roots: TestImage | readonly IndexEntry[],
  options: { order?: 'metadata-first' | 'metadata-last' } = {},
): Promise<void> {
  const entries = rootsOf(roots);
  const metadata = [
    { name: 'oci-layout', bytes: layoutMarker },
    { name: 'index.json', bytes: indexJson(entries) },
  ];
  const blobs = uniqueBlobs(entries).map(blobMember);
  await writeTar(
    target,
    options.order === 'metadata-last' ? [...blobs, ...metadata] : [...metadata, ...blobs],
  );
}

function uncompressedLayer(layer: TestLayer): TestBlob {
  if (layer.tar === undefined) return layer;
  return { digest: layer.diffId, size: layer.tar.length, mediaType: media.layer, bytes: layer.tar };
}

/**
 * A `docker save` archive. `legacy`: `<id>/layer.tar` (uncompressed), `<config hex>.json`, `manifest.json`,
 * `repositories`; a repeated layer is a symlink to its first copy. `oci` (Docker ≥ 25): uncompressed blobs under
 * `blobs/sha256/`, plus `index.json`, `manifest.json` and `oci-layout`. Entries are sorted by name, as Docker
 * writes them, so layers stream before `manifest.json`.
 */
export async function writeDockerArchive(
  target: string,
  images: TestImage | readonly TestImage[],
  options: { style?: 'legacy' | 'oci'; repoTags?: readonly (readonly string[])[] } = {},
): Promise<void> {
  const list: readonly TestImage[] = 'manifestJson' in images ? [images] : images;
  const members = new Map<string, ArchiveMember>();
  const manifest: Record<string, unknown>[] = [];
  const indexEntries: IndexEntry[] = [];
  for (const [imageIndex, image] of list.entries()) {
    const tags = [...(options.repoTags?.[imageIndex] ?? [])];
    const layerPaths: string[] = [];
    const layers = image.layers.map(uncompressedLayer);
    for (const [position, layer] of layers.entries()) {
      if (options.style === 'oci') {
        const member = blobMember(layer);
        members.set(member.name, member);
        layerPaths.push(member.name);
        continue;
      }
      const id = hexOf(sha256(`${layer.digest}/${position}/${imageIndex}`));
      const first = layerPaths.find((_, at) => layers[at]?.digest === layer.digest);
      const name = `${id}/layer.tar`;
      if (first !== undefined) members.set(name, { name, linkTo: `../${first}` });
      else members.set(name, { ...blobMember(layer), name });
      members.set(`${id}/VERSION`, { name: `${id}/VERSION`, bytes: Buffer.from('1.0') });
      layerPaths.push(name);
    }
    const configName =
      options.style === 'oci'
        ? `blobs/sha256/${hexOf(image.config.digest)}`
        : `${hexOf(image.config.digest)}.json`;
    members.set(configName, { name: configName, bytes: image.config.bytes });
    manifest.push({ Config: configName, RepoTags: tags, Layers: layerPaths });
    if (options.style === 'oci') {
      const manifestBlob = jsonBlob(
        {
          schemaVersion: 2,
          mediaType: media.manifest,
          config: descriptorOf(image.config),
          layers: layers.map(descriptorOf),
        },
        media.manifest,
      );
      members.set(`blobs/sha256/${hexOf(manifestBlob.digest)}`, blobMember(manifestBlob));
      const imageName = tags[0];
      const annotations =
        imageName === undefined ? {} : { annotations: { 'io.containerd.image.name': imageName } };
      indexEntries.push({ descriptor: { ...descriptorOf(manifestBlob), ...annotations }, blobs: [] });
    }
  }
  members.set('manifest.json', { name: 'manifest.json', bytes: Buffer.from(JSON.stringify(manifest)) });
  if (options.style === 'oci') {
    members.set('index.json', { name: 'index.json', bytes: indexJson(indexEntries) });
    members.set('oci-layout', { name: 'oci-layout', bytes: layoutMarker });
  } else {
    members.set('repositories', { name: 'repositories', bytes: Buffer.from('{}') });
  }
  await writeTar(
    target,
    [...members.values()].sort((a, b) => (a.name < b.name ? -1 : 1)),
  );
}

/** Cuts a file to its first `bytes` bytes (a truncated download). */
export async function truncateFile(target: string, bytes: number): Promise<void> {
  await truncate(target, bytes);
}

// CRC-32 over a run of zeros without reading them: appending n zero bytes multiplies the CRC register by x^(8n)
// modulo the CRC polynomial (the arithmetic of zlib's crc32_combine), so gigabytes cost a few dozen steps.
const crcPolynomial = 0xedb88320;

function multiplyModPolynomial(a: number, b: number): number {
  let product = 0;
  let factor = b >>> 0;
  for (let bit = 0x80000000; bit !== 0; bit >>>= 1) {
    if ((a & bit) !== 0) product ^= factor;
    factor = factor & 1 ? (factor >>> 1) ^ crcPolynomial : factor >>> 1;
  }
  return product >>> 0;
}

function crc32OfZerosAppended(crc: number, zeroBytes: number): number {
  let power = 0x80000000; // x^0
  let square = 0x00800000; // x^8: one zero byte
  for (let remaining = zeroBytes; remaining > 0; remaining = Math.floor(remaining / 2)) {
    if (remaining % 2 === 1) power = multiplyModPolynomial(square, power);
    square = multiplyModPolynomial(square, square);
  }
  return ~multiplyModPolynomial(power, ~crc >>> 0) >>> 0;
}

function deflateChunks(): { flush(bytes: Buffer): Promise<Buffer>; end(): Promise<Buffer> } {
  const deflate = createDeflateRaw({ level: 9 });
  const pending: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => pending.push(chunk));
  const take = (): Buffer => Buffer.concat(pending.splice(0));
  return {
    flush: (bytes) =>
      new Promise((resolve) => {
        deflate.write(bytes);
        deflate.flush(zlibConstants.Z_SYNC_FLUSH, () => resolve(take()));
      }),
    end: () =>
      new Promise((resolve) => {
        deflate.once('end', () => resolve(take()));
        deflate.end();
      }),
  };
}

/** The 512-byte tar header of a file entry, without its content. */
async function headerBlock(header: TarHeader): Promise<Buffer> {
  const pack = tarStream.pack();
  pack.entry({ type: 'file', mtime: epoch, ...header });
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of pack) {
    chunks.push(Buffer.from(chunk as Uint8Array));
    length += (chunk as Uint8Array).length;
    if (length >= 512) break;
  }
  return Buffer.concat(chunks).subarray(0, 512);
}

/**
 * A gzip layer of a few MB whose tar holds one file of zeros, `decompressedBytes` long in all (default 5 GiB). It
 * is written to `target` as it is generated: one compressed MiB of zeros repeats, so nothing large is ever held.
 * Its diffId is a placeholder: hashing gigabytes would only slow tests, and readers stop long before the end.
 */
export async function writeGzipBombLayer(
  target: string,
  decompressedBytes = 5 * 1024 * mebibyte,
): Promise<TestLayer> {
  const mebibytes = Math.max(2, Math.ceil(decompressedBytes / mebibyte));
  const tarHeader = await headerBlock({ name: 'zeros', size: mebibytes * mebibyte - 1536, mode: 0o644 });
  const deflate = deflateChunks();
  const first = Buffer.concat([tarHeader, Buffer.alloc(mebibyte - 512)]);
  const prime = await deflate.flush(first);
  const zeros = Buffer.alloc(mebibyte);
  const middle = await deflate.flush(zeros);
  const again = await deflate.flush(zeros);
  if (!middle.equals(again))
    throw new Error('zlib did not repeat its output for zeros; cannot build the bomb');
  const finish = await deflate.end();
  const crc = crc32OfZerosAppended(crc32(first), (mebibytes - 1) * mebibyte);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE((mebibytes * mebibyte) % 2 ** 32, 4);
  const hash = createHash('sha256');
  let size = 0;
  const out = createWriteStream(target);
  const write = async (bytes: Buffer): Promise<void> => {
    hash.update(bytes);
    size += bytes.length;
    if (!out.write(bytes)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  await write(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]));
  await write(prime);
  for (let index = 1; index < mebibytes; index += 1) await write(middle);
  await write(finish);
  await write(trailer);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return {
    digest: `sha256:${hash.digest('hex')}`,
    size,
    mediaType: media.layerGzip,
    file: target,
    diffId: sha256(`placeholder diff id of ${target}`),
    compression: 'gzip',
    createdBy: 'gzip bomb',
  };
}
