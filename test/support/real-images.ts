// Real container images for tests, built once per test run from Debian's own packages and shared between the test
// processes through a cache folder (BULWARK_TEST_CACHE, which test/run-tests.js sets) guarded by a lock file.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  open,
  link,
  copyFile,
  mkdir,
  readFile,
  readdir,
  rename,
  rm,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from './paths.js';

export interface DebianImage {
  /** OCI image layout directory; the image is tagged `tag` in it. */
  ociLayout: string;
  tag: string;
  /** `oci-archive` tarball of the same image (tag `tag`). */
  ociArchive: string;
  /** `docker save`-style tarball of the same image, named `local/debian:12`. */
  dockerArchive: string;
  /** The root file system tar mmdebstrap produced (the image's only layer, uncompressed). */
  rootfsTar: string;
}

export interface PlatformVariant {
  platform: string;
  manifestDigest: string;
  configDigest: string;
}

export interface MultiPlatformImage {
  /** OCI image layout whose tag `tag` names an image index with `platforms`. */
  ociLayout: string;
  tag: string;
  indexDigest: string;
  platforms: PlatformVariant[];
}

/** The name the Debian image carries in its docker archive and in the test engine. */
export const debianImageName = 'local/debian:12';

export const debianTools = ['mmdebstrap', 'umoci', 'skopeo'] as const;

const commandTimeoutMs = 10 * 60_000;
const lockWaitMs = 20 * 60_000;

// The Debian package that ships each tool, where the names differ.
const debianPackageOf: Readonly<Record<string, string>> = { dockerd: 'docker.io', htpasswd: 'apache2-utils' };

/** True when `tool` is an executable on PATH. */
export function hasTool(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v "$1" >/dev/null`, 'sh', tool]).status === 0;
}

/**
 * The reason to skip a test that needs `tools`, or undefined when all are there. With CI=true a missing tool is a
 * failure, not a skip: this throws, so the test that asked fails and names the tool.
 */
export function skipUnlessTools(tools: readonly string[]): string | undefined {
  const missing = tools.filter((tool) => !hasTool(tool));
  if (missing.length === 0) return undefined;
  const packages = [...new Set(missing.map((tool) => debianPackageOf[tool] ?? tool))];
  const reason = `needs ${missing.join(', ')} (apt-get install ${packages.join(' ')})`;
  if (process.env.CI === 'true') throw new Error(`CI=true and this test ${reason}`);
  return reason;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Bytes written to the command's standard input. */
  input?: string;
}

/** Runs a command to completion; rejects with its exit status and the end of its output. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const output: Buffer[] = [];
    const errors: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), commandTimeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${command}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(output).toString('utf8');
      if (code === 0) {
        resolve(stdout);
        return;
      }
      const tail = `${stdout}\n${Buffer.concat(errors).toString('utf8')}`
        .trim()
        .split('\n')
        .slice(-15)
        .join('\n');
      reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${tail}`));
    });
    child.stdin.end(options.input ?? '');
  });
}

function currentCommit(): string {
  const result = spawnSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : 'no-commit';
}

/** Where built fixtures live for this run: BULWARK_TEST_CACHE, else a folder for the current commit. */
export function testCacheDir(): string {
  const fromRunner = process.env.BULWARK_TEST_CACHE;
  if (fromRunner !== undefined && fromRunner !== '') return fromRunner;
  return path.join(tmpdir(), `bulwark-test-cache-${currentCommit()}`);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes `lock` when the process that wrote it is gone (a test run killed mid-build). */
async function clearStaleLock(lock: string): Promise<void> {
  let pid: number;
  try {
    pid = Number((await readFile(lock, 'utf8')).trim());
  } catch {
    return;
  }
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) return;
  const moved = `${lock}.stale-${process.pid}`;
  try {
    // Renaming first means only one waiter removes this stale lock, never a fresh one another waiter just took.
    await rename(lock, moved);
    await unlink(moved);
  } catch {
    // Another waiter got there first.
  }
}

const building = new Map<string, Promise<unknown>>();

/**
 * Builds `name` once for all test processes of this run: the first to take `<name>.lock` runs `build(directory)`,
 * the others wait for `<name>/result.json`. A failed build releases the lock so a later test can try again.
 */
export function buildOnce<T>(name: string, build: (directory: string) => Promise<T>): Promise<T> {
  const known = building.get(name);
  if (known !== undefined) return known as Promise<T>;
  const promise = buildShared(name, build);
  building.set(name, promise);
  promise.catch(() => building.delete(name));
  return promise;
}

async function buildShared<T>(name: string, build: (directory: string) => Promise<T>): Promise<T> {
  const root = testCacheDir();
  await mkdir(root, { recursive: true });
  const directory = path.join(root, name);
  const marker = path.join(directory, 'result.json');
  const lock = `${directory}.lock`;
  const deadline = Date.now() + lockWaitMs;
  for (;;) {
    if (await exists(marker)) return JSON.parse(await readFile(marker, 'utf8')) as T;
    let handle;
    try {
      handle = await open(lock, 'wx');
    } catch {
      if (Date.now() > deadline)
        throw new Error(`waited too long for another process to build ${name} (${lock})`);
      await clearStaleLock(lock);
      await sleep(500);
      continue;
    }
    try {
      await handle.writeFile(String(process.pid));
      await handle.close();
      if (await exists(marker)) continue;
      await rm(directory, { recursive: true, force: true });
      await mkdir(directory, { recursive: true });
      const result = await build(directory);
      await writeFile(`${marker}.partial`, JSON.stringify(result, null, 2));
      await rename(`${marker}.partial`, marker);
      return result;
    } finally {
      await rm(lock, { force: true });
    }
  }
}

const debianSources = [
  'deb http://deb.debian.org/debian bookworm main',
  'deb http://deb.debian.org/debian-security bookworm-security main',
];

/**
 * A real Debian 12 image (minbase with openssl, curl and ca-certificates; one layer) as an OCI layout, an
 * oci-archive, a docker-archive and the plain root file system tar. Needs mmdebstrap (and Debian's mirror), umoci
 * and skopeo; call `skipUnlessTools(debianTools)` first. Package versions follow the mirror: assert structure.
 */
export function debianImage(): Promise<DebianImage> {
  return buildOnce('debian-12', async (directory) => {
    const rootfsTar = path.join(directory, 'rootfs.tar');
    const ociLayout = path.join(directory, 'oci');
    const tag = '12';
    await run('mmdebstrap', [
      '--variant=minbase',
      '--include=openssl,curl,ca-certificates',
      '--aptopt=Acquire::Languages "none"',
      'bookworm',
      rootfsTar,
      ...debianSources,
    ]);
    const image = `${ociLayout}:${tag}`;
    await run('umoci', ['init', '--layout', ociLayout]);
    await run('umoci', ['new', '--image', image]);
    await run('umoci', ['raw', 'add-layer', '--image', image, rootfsTar]);
    await run('umoci', [
      'config',
      '--image',
      image,
      '--config.cmd',
      '/bin/bash',
      '--os',
      'linux',
      '--architecture',
      'amd64',
      '--history.created_by',
      'mmdebstrap --variant=minbase --include=openssl,curl,ca-certificates bookworm',
    ]);
    await run('umoci', ['gc', '--layout', ociLayout]);
    const dockerArchive = path.join(directory, 'debian-docker-archive.tar');
    const ociArchive = path.join(directory, 'debian-oci-archive.tar');
    await skopeoCopy(`oci:${image}`, `docker-archive:${dockerArchive}:${debianImageName}`);
    await skopeoCopy(`oci:${image}`, `oci-archive:${ociArchive}:${tag}`);
    return { ociLayout, tag, ociArchive, dockerArchive, rootfsTar } satisfies DebianImage;
  });
}

function skopeoCopy(source: string, destination: string, extra: readonly string[] = []): Promise<string> {
  return run('skopeo', ['--insecure-policy', 'copy', '--quiet', ...extra, source, destination]);
}

interface LayoutIndexEntry {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  platform?: { os: string; architecture: string; variant?: string };
}

interface LayoutIndex {
  schemaVersion: 2;
  mediaType?: string;
  manifests: LayoutIndexEntry[];
}

const refName = 'org.opencontainers.image.ref.name';
const ociIndexType = 'application/vnd.oci.image.index.v1+json';

async function readLayoutIndex(layout: string): Promise<LayoutIndex> {
  return JSON.parse(await readFile(path.join(layout, 'index.json'), 'utf8')) as LayoutIndex;
}

function taggedEntry(index: LayoutIndex, tag: string): LayoutIndexEntry {
  const entry = index.manifests.find((candidate) => candidate.annotations?.[refName] === tag);
  if (entry === undefined) throw new Error(`no manifest tagged ${tag} in the layout`);
  return entry;
}

async function configDigestOf(layout: string, manifestDigest: string): Promise<string> {
  const file = path.join(layout, 'blobs', 'sha256', manifestDigest.slice('sha256:'.length));
  const manifest = JSON.parse(await readFile(file, 'utf8')) as { config: { digest: string } };
  return manifest.config.digest;
}

/** Hard-links (or copies across devices) every blob of `from` into a new layout at `to`. */
async function cloneLayoutBlobs(from: string, to: string): Promise<void> {
  const blobs = path.join(to, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  await copyFile(path.join(from, 'oci-layout'), path.join(to, 'oci-layout'));
  for (const name of await readdir(path.join(from, 'blobs', 'sha256'))) {
    const source = path.join(from, 'blobs', 'sha256', name);
    try {
      await link(source, path.join(blobs, name));
    } catch {
      await copyFile(source, path.join(blobs, name));
    }
  }
}

/**
 * The Debian image as a two-platform OCI index (tag `12`): the real linux/amd64 image and a linux/arm64/v8 variant
 * that shares its layer but has its own config (architecture arm64 and the label `bulwark.test.platform=arm64`).
 * Push it with `skopeo copy --all` (services.ts `pushImage` does) to test platform selection on a real registry.
 */
export function debianMultiPlatformImage(): Promise<MultiPlatformImage> {
  return buildOnce('debian-12-multi', async (directory) => {
    const debian = await debianImage();
    const ociLayout = path.join(directory, 'oci');
    await cloneLayoutBlobs(debian.ociLayout, ociLayout);
    const amd64 = { ...taggedEntry(await readLayoutIndex(debian.ociLayout), debian.tag) };
    amd64.annotations = { [refName]: 'amd64' };
    await writeFile(
      path.join(ociLayout, 'index.json'),
      JSON.stringify({ schemaVersion: 2, manifests: [amd64] }),
    );
    await run('umoci', [
      'config',
      '--image',
      `${ociLayout}:amd64`,
      '--architecture',
      'arm64',
      '--config.label',
      'bulwark.test.platform=arm64',
      '--no-history',
      '--tag',
      'arm64',
    ]);
    const tagged = await readLayoutIndex(ociLayout);
    const arm64 = taggedEntry(tagged, 'arm64');
    const variants = [
      { entry: amd64, platform: { os: 'linux', architecture: 'amd64' }, name: 'linux/amd64' },
      {
        entry: arm64,
        platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
        name: 'linux/arm64/v8',
      },
    ];
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: ociIndexType,
        manifests: variants.map(({ entry, platform }) => ({
          mediaType: entry.mediaType,
          digest: entry.digest,
          size: entry.size,
          platform,
        })),
      }),
    );
    const indexHex = createHash('sha256').update(index).digest('hex');
    await writeFile(path.join(ociLayout, 'blobs', 'sha256', indexHex), index);
    tagged.manifests.push({
      mediaType: ociIndexType,
      digest: `sha256:${indexHex}`,
      size: index.length,
      annotations: { [refName]: '12' },
    });
    await writeFile(path.join(ociLayout, 'index.json'), JSON.stringify(tagged));
    const platforms: PlatformVariant[] = [];
    for (const { entry, name } of variants) {
      platforms.push({
        platform: name,
        manifestDigest: entry.digest,
        configDigest: await configDigestOf(ociLayout, entry.digest),
      });
    }
    return {
      ociLayout,
      tag: '12',
      indexDigest: `sha256:${indexHex}`,
      platforms,
    } satisfies MultiPlatformImage;
  });
}
