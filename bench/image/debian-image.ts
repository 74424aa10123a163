// The real Debian 12 image for the image benchmark, built once with mmdebstrap and umoci (as the tests build it)
// and kept in the git-ignored corpus folder.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface DebianBenchImage {
  /** `LAYOUT:TAG` as `bulwark image` takes it. */
  target: string;
  layerBlobs: string[];
  reused: boolean;
}

function runOrThrow(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${(result.stderr || result.error?.message) ?? ''}`);
}

async function layerBlobs(layout: string): Promise<string[]> {
  const folder = path.join(layout, 'blobs', 'sha256');
  const blobs: string[] = [];
  for (const name of (await readdir(folder)).sort()) {
    const file = path.join(folder, name);
    // Layers are the gzip blobs; manifests and configs are small JSON.
    if ((await stat(file)).size > 64 * 1024) blobs.push(file);
  }
  return blobs;
}

export async function ensureDebianImage(folder: string): Promise<DebianBenchImage> {
  const layout = path.join(folder, 'layout');
  const marker = path.join(folder, 'complete');
  const target = `${layout}:bookworm`;
  try {
    await stat(marker);
    return { target, layerBlobs: await layerBlobs(layout), reused: true };
  } catch {
    // Build below.
  }
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const rootfs = path.join(folder, 'rootfs.tar');
  runOrThrow('mmdebstrap', [
    '--variant=minbase',
    '--include=openssl,curl,ca-certificates',
    '--aptopt=Acquire::Languages "none"',
    'bookworm',
    rootfs,
    'deb http://deb.debian.org/debian bookworm main',
    'deb http://deb.debian.org/debian-security bookworm-security main',
  ]);
  runOrThrow('umoci', ['init', '--layout', layout]);
  runOrThrow('umoci', ['new', '--image', `${layout}:bookworm`]);
  runOrThrow('umoci', ['raw', 'add-layer', '--image', `${layout}:bookworm`, rootfs]);
  runOrThrow('umoci', ['config', '--image', `${layout}:bookworm`, '--config.cmd', '/bin/bash']);
  runOrThrow('umoci', ['gc', '--layout', layout]);
  await rm(rootfs, { force: true });
  await writeFile(marker, '');
  return { target, layerBlobs: await layerBlobs(layout), reused: false };
}
