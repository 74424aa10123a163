// A small but real OCI image layout written from code, so registry tests that need no external tool have an image.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';

export interface TinyImage {
  layout: string;
  tag: string;
  manifestDigest: string;
  configDigest: string;
  layerDigests: string[];
  /** Digest of the two-platform index tagged `multi` (amd64 = the image above, arm64 = another config). */
  indexDigest: string;
  arm64ManifestDigest: string;
}

async function tarOf(files: Record<string, string>): Promise<Buffer> {
  const archive = pack();
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: unknown) => {
    chunks.push(chunk as Buffer);
  });
  const done = new Promise<void>((resolve) => archive.on('end', () => resolve()));
  for (const [name, content] of Object.entries(files)) {
    archive.entry({ name, mode: 0o644, mtime: new Date(0), uid: 0, gid: 0 }, content);
  }
  archive.finalize();
  await done;
  return Buffer.concat(chunks);
}

function storeBlob(layout: string, bytes: Buffer): { digest: string; size: number } {
  const hex = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(path.join(layout, 'blobs', 'sha256', hex), bytes);
  return { digest: `sha256:${hex}`, size: bytes.length };
}

function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Writes a two-layer linux/amd64 image tagged `1`, plus an index tagged `multi` with an arm64 sibling. */
export async function writeTinyLayout(layout: string): Promise<TinyImage> {
  mkdirSync(path.join(layout, 'blobs', 'sha256'), { recursive: true });
  writeFileSync(path.join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const tars = [
    await tarOf({ 'etc/os-release': 'ID=tiny\n', 'etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n' }),
    await tarOf({ 'app/hello.txt': 'hello\n' }),
  ];
  const layers = tars.map((tar) => ({
    mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ...storeBlob(layout, gzipSync(tar)),
  }));
  function manifestFor(architecture: string): {
    descriptor: { digest: string; size: number };
    config: string;
  } {
    const config = Buffer.from(
      JSON.stringify({
        architecture,
        os: 'linux',
        config: { Cmd: ['/bin/sh'] },
        rootfs: { type: 'layers', diff_ids: tars.map(sha256) },
        history: [{ created_by: 'tiny base' }, { created_by: 'tiny app' }],
      }),
    );
    const configDescriptor = {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      ...storeBlob(layout, config),
    };
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: configDescriptor,
        layers,
      }),
    );
    return { descriptor: storeBlob(layout, manifest), config: configDescriptor.digest };
  }
  const amd64 = manifestFor('amd64');
  const arm64 = manifestFor('arm64');
  const manifestType = 'application/vnd.oci.image.manifest.v1+json';
  const indexType = 'application/vnd.oci.image.index.v1+json';
  const index = storeBlob(
    layout,
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: indexType,
        manifests: [
          { mediaType: manifestType, ...amd64.descriptor, platform: { architecture: 'amd64', os: 'linux' } },
          {
            mediaType: manifestType,
            ...arm64.descriptor,
            platform: { architecture: 'arm64', os: 'linux', variant: 'v8' },
          },
          {
            mediaType: manifestType,
            ...amd64.descriptor,
            platform: { architecture: 'unknown', os: 'unknown' },
            annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
          },
        ],
      }),
    ),
  );
  const refName = 'org.opencontainers.image.ref.name';
  writeFileSync(
    path.join(layout, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        { mediaType: manifestType, ...amd64.descriptor, annotations: { [refName]: '1' } },
        { mediaType: indexType, ...index, annotations: { [refName]: 'multi' } },
      ],
    }),
  );
  return {
    layout,
    tag: '1',
    manifestDigest: amd64.descriptor.digest,
    configDigest: amd64.config,
    layerDigests: layers.map((layer) => layer.digest),
    indexDigest: index.digest,
    arm64ManifestDigest: arm64.descriptor.digest,
  };
}
