// A deterministic multi-layer OCI layout of about 1 GB uncompressed for the image benchmark: text that compresses
// like real distro files, some incompressible bytes, setuid files, a secret and its later whiteout.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { createRng } from '../corpus/prng.js';
import type { Rng } from '../corpus/prng.js';

export interface SyntheticImage {
  layout: string;
  layerBlobs: string[];
  uncompressedBytes: number;
  reused: boolean;
}

const layerCount = 8;
const bytesPerLayer = 128 * 1024 * 1024;
const words = [
  'usr',
  'lib',
  'share',
  'config',
  'package',
  'version',
  'the',
  'and',
  'for',
  'return',
  'static',
  'int',
  'char',
  'include',
  'define',
  'error',
  'value',
  'string',
  'function',
  'module',
  'export',
  'import',
  'license',
  'copyright',
];

function textChunk(rng: Rng, size: number): Buffer {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const line = `${rng.pick(words)} ${rng.pick(words)}_${rng.int(0, 999)} = ${rng.pick(words)}(${rng.hex(6)});\n`;
    parts.push(line);
    length += line.length;
  }
  return Buffer.from(parts.join('')).subarray(0, size);
}

function binaryChunk(rng: Rng, size: number): Buffer {
  const out = Buffer.alloc(size);
  for (let offset = 0; offset + 4 <= size; offset += 4) out.writeUInt32LE(rng.int(0, 0xffffffff), offset);
  return out;
}

async function writeLayer(
  rng: Rng,
  index: number,
  file: string,
): Promise<{ digest: string; size: number; diffId: string }> {
  const pack = tar.pack();
  const hash = createHash('sha256');
  const uncompressed = createHash('sha256');
  pack.on('data', (chunk: unknown) => {
    if (Buffer.isBuffer(chunk)) uncompressed.update(chunk);
  });
  let size = 0;
  const gzip = createGzip({ level: 6 });
  gzip.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    size += chunk.length;
  });
  const done = pipeline(pack, gzip, createWriteStream(file));
  let written = 0;
  let fileIndex = 0;
  const entry = (name: string, content: Buffer, mode = 0o644) =>
    new Promise<void>((resolve, reject) => {
      pack.entry({ name, mode, uid: 0, gid: 0, mtime: new Date(0) }, content, (error) =>
        error ? reject(error) : resolve(),
      );
    });
  if (index === 1)
    await entry('app/.env', Buffer.from('AWS_SECRET_ACCESS_KEY=Zk3n9QbX2m7LwP4rT8vY1sD6fH0jK5cN9eR2tU7w\n'));
  if (index === 3) await entry('app/.wh..env', Buffer.alloc(0));
  if (index === 0) await entry('usr/bin/passwd', binaryChunk(rng, 65536), 0o4755);
  while (written < bytesPerLayer) {
    const size = Math.min(rng.int(4 * 1024, 2 * 1024 * 1024), bytesPerLayer - written);
    const content = rng.chance(0.15) ? binaryChunk(rng, size) : textChunk(rng, size);
    await entry(`layer${index}/dir${fileIndex % 50}/file${fileIndex}.txt`, content);
    written += size;
    fileIndex += 1;
  }
  pack.finalize();
  await done;
  return { digest: `sha256:${hash.digest('hex')}`, size, diffId: `sha256:${uncompressed.digest('hex')}` };
}

function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

async function writeBlob(layout: string, bytes: Buffer): Promise<{ digest: string; size: number }> {
  const digest = sha256(bytes);
  await writeFile(path.join(layout, 'blobs', 'sha256', digest.slice(7)), bytes);
  return { digest, size: bytes.length };
}

/** Builds the layout once into `folder` (reused while its marker file exists). */
export async function ensureSyntheticImage(folder: string): Promise<SyntheticImage> {
  const layout = path.join(folder, 'layout');
  const marker = path.join(folder, 'complete.json');
  try {
    await stat(marker);
    const saved = JSON.parse(await readFile(marker, 'utf8')) as { layerBlobs: string[] };
    return {
      layout,
      layerBlobs: saved.layerBlobs,
      uncompressedBytes: layerCount * bytesPerLayer,
      reused: true,
    };
  } catch {
    // Not built yet (or interrupted): build from scratch.
  }
  await rm(folder, { recursive: true, force: true });
  await mkdir(path.join(layout, 'blobs', 'sha256'), { recursive: true });
  const rng = createRng('bulwark-bench-synthetic-image');
  const layers: { digest: string; size: number }[] = [];
  const diffIds: string[] = [];
  for (let index = 0; index < layerCount; index += 1) {
    const temporary = path.join(layout, `layer-${index}.tmp`);
    const layer = await writeLayer(rng.fork(`layer-${index}`), index, temporary);
    await rename(temporary, path.join(layout, 'blobs', 'sha256', layer.digest.slice(7)));
    layers.push({ digest: layer.digest, size: layer.size });
    diffIds.push(layer.diffId);
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Env: ['PATH=/usr/bin'], Cmd: ['/bin/sh'] },
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: layers.map((_, index) => ({ created_by: `/bin/sh -c build layer ${index}` })),
    }),
  );
  const configBlob = await writeBlob(layout, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...configBlob },
      layers: layers.map((layer) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer })),
    }),
  );
  const manifestBlob = await writeBlob(layout, manifest);
  await writeFile(path.join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(
    path.join(layout, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          ...manifestBlob,
          annotations: { 'org.opencontainers.image.ref.name': 'synthetic' },
        },
      ],
    }),
  );
  const layerBlobs = layers.map((layer) => path.join(layout, 'blobs', 'sha256', layer.digest.slice(7)));
  await writeFile(marker, JSON.stringify({ layerBlobs }));
  return { layout, layerBlobs, uncompressedBytes: layerCount * bytesPerLayer, reused: false };
}
