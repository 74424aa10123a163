import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { listFiles } from '../walk.js';
import type { CorpusFile, CorpusKind } from './corpus-file.js';
import type { CorpusOptions } from './generate.js';
import { generateCorpus } from './generate.js';

// The corpus is rebuilt only when the generator or its options change (the input hash) or when the files on disk
// no longer match what was generated (the content hash), so repeated bench runs measure the same bytes.

export const manifestName = 'MANIFEST';

const KindTotals = z.object({ files: z.number(), bytes: z.number(), units: z.number() });
export type KindTotals = z.infer<typeof KindTotals>;

const Manifest = z.object({
  schemaVersion: z.literal(1),
  inputHash: z.string(),
  contentHash: z.string(),
  options: z.object({
    seed: z.string(),
    kubernetesFiles: z.number(),
    dockerfiles: z.number(),
    composeFiles: z.number(),
  }),
  totals: z.object({ kubernetes: KindTotals, dockerfile: KindTotals, compose: KindTotals }),
  jsonFiles: z.number(),
  files: z.array(z.string()),
});
type Manifest = z.infer<typeof Manifest>;

export interface CorpusSummary {
  root: string;
  reused: boolean;
  contentHash: string;
  totals: Record<CorpusKind, KindTotals>;
  /** Kubernetes files that are `kubectl get -o json` Lists. */
  jsonFiles: number;
}

async function inputHash(options: CorpusOptions): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(options));
  const folder = path.dirname(fileURLToPath(import.meta.url));
  for (const name of (await readdir(folder)).sort()) {
    if (!name.endsWith('.js')) continue;
    hash
      .update(name)
      .update('\0')
      .update(await readFile(path.join(folder, name)));
  }
  return hash.digest('hex');
}

function contentHasher() {
  const hash = createHash('sha256');
  return {
    add(relative: string, bytes: Uint8Array | string): void {
      hash.update(relative).update('\0').update(bytes).update('\0');
    },
    digest: () => hash.digest('hex'),
  };
}

async function readManifest(root: string): Promise<Manifest | undefined> {
  try {
    const parsed = Manifest.safeParse(JSON.parse(await readFile(path.join(root, manifestName), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** True when the files on disk are exactly the generated ones (reading them also warms the page cache). */
async function matchesDisk(root: string, manifest: Manifest): Promise<boolean> {
  // Same order as the generator's (plain string order), which is not the per-folder order of a walk.
  const onDisk = (await listFiles(root)).filter((file) => file !== manifestName).sort();
  if (onDisk.length !== manifest.files.length || onDisk.some((file, index) => file !== manifest.files[index]))
    return false;
  const hasher = contentHasher();
  for (const file of onDisk) hasher.add(file, await readFile(path.join(root, file)));
  return hasher.digest() === manifest.contentHash;
}

function totalsOf(files: readonly CorpusFile[]): Record<CorpusKind, KindTotals> {
  const totals: Record<CorpusKind, KindTotals> = {
    kubernetes: { files: 0, bytes: 0, units: 0 },
    dockerfile: { files: 0, bytes: 0, units: 0 },
    compose: { files: 0, bytes: 0, units: 0 },
  };
  for (const file of files) {
    const entry = totals[file.kind];
    entry.files += 1;
    entry.bytes += Buffer.byteLength(file.text);
    entry.units += file.units;
  }
  return totals;
}

async function writeCorpus(root: string, options: CorpusOptions, hashOfInputs: string): Promise<Manifest> {
  await rm(root, { recursive: true, force: true });
  const files = generateCorpus(options);
  const hasher = contentHasher();
  const folders = new Set<string>();
  for (const file of files) {
    const target = path.join(root, ...file.path.split('/'));
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    const bytes = Buffer.from(file.text);
    await writeFile(target, bytes);
    hasher.add(file.path, bytes);
  }
  const manifest: Manifest = {
    schemaVersion: 1,
    inputHash: hashOfInputs,
    contentHash: hasher.digest(),
    options,
    totals: totalsOf(files),
    jsonFiles: files.filter((file) => file.path.endsWith('.json')).length,
    files: files.map((file) => file.path),
  };
  await writeFile(path.join(root, manifestName), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

/** Makes sure `root` holds the corpus for `options`, generating it only when needed. */
export async function ensureCorpus(root: string, options: CorpusOptions): Promise<CorpusSummary> {
  const expected = await inputHash(options);
  const existing = await readManifest(root);
  const reusable =
    existing !== undefined && existing.inputHash === expected && (await matchesDisk(root, existing));
  const manifest = reusable ? existing : await writeCorpus(root, options, expected);
  return {
    root,
    reused: reusable,
    contentHash: manifest.contentHash,
    totals: manifest.totals,
    jsonFiles: manifest.jsonFiles,
  };
}
