// The image part of `npm run bench`: `bulwark image` on the real Debian 12 image and on a synthetic 1 GB
// multi-layer image, each against `gzip -dc` of the same layers in the same run.
import path from 'node:path';
import { z } from 'zod';
import { spawnTimed } from '../spawn-timed.js';
import type { Summary } from '../stats.js';
import { formatFactor, formatMiB, formatMs, summarise } from '../stats.js';
import { resultMarker } from '../tasks.js';
import type { VulnBenchResult } from '../vuln/match-bench.js';
import { benchVulnMatching } from '../vuln/match-bench.js';
import { ensureDebianImage } from './debian-image.js';
import { ensureSyntheticImage } from './synthetic-image.js';

export interface ImageMeasurement {
  name: string;
  layers: number;
  image: Summary;
  gunzip: Summary;
  rssKiB: Summary;
}

export interface ImageBenchResults {
  images: ImageMeasurement[];
  matching: VulnBenchResult;
}

const ChildResult = z.object({ maxRssKiB: z.number(), cpuMs: z.number() });

async function importFixtureDatabase(repoRoot: string, scratch: string): Promise<string> {
  const database = path.join(scratch, 'image-bench-vulndb.sqlite');
  const imported = await spawnTimed(
    process.execPath,
    ['bin/bulwark.js', 'db', 'import', 'test/fixtures/vulndb', '--db', database],
    repoRoot,
  );
  if (imported.exitCode !== 0) throw new Error(`db import failed: ${imported.stderr}`);
  return database;
}

async function measureImage(
  repoRoot: string,
  name: string,
  target: string,
  blobs: readonly string[],
  database: string,
  runs: number,
  progress: (text: string) => void,
): Promise<ImageMeasurement> {
  const image: number[] = [];
  const gunzip: number[] = [];
  const rss: number[] = [];
  for (let round = 1; round <= runs; round += 1) {
    const scanned = await spawnTimed(
      process.execPath,
      [path.join('dist', 'bench', 'image', 'measure-image.js'), target, database],
      repoRoot,
    );
    const line = scanned.stdout
      .split('\n')
      .reverse()
      .find((candidate) => candidate.startsWith(resultMarker));
    if (scanned.exitCode !== 0 || line === undefined)
      throw new Error(`bulwark image ${name} failed: ${scanned.stderr.slice(-2000)}`);
    const result = ChildResult.parse(JSON.parse(line.slice(resultMarker.length)));
    const baseline = await spawnTimed('sh', ['-c', 'gzip -dc "$@" >/dev/null', 'sh', ...blobs], repoRoot);
    if (baseline.exitCode !== 0) throw new Error(`gzip -dc failed: ${baseline.stderr}`);
    image.push(scanned.wallMs);
    gunzip.push(baseline.wallMs);
    rss.push(result.maxRssKiB);
    progress(
      `  round ${round}/${runs}  image ${name.padEnd(22)} ${formatMs(scanned.wallMs).padStart(8)}  gzip -dc ${formatMs(baseline.wallMs).padStart(8)}  ${formatMiB(result.maxRssKiB).padStart(8)}`,
    );
  }
  return {
    name,
    layers: blobs.length,
    image: summarise(image),
    gunzip: summarise(gunzip),
    rssKiB: summarise(rss),
  };
}

export async function measureImages(
  repoRoot: string,
  corpusRoot: string,
  scratch: string,
  runs: number,
  progress: (text: string) => void,
): Promise<ImageBenchResults> {
  progress('image: preparing the Debian 12 image (mmdebstrap) and the synthetic 1 GB image');
  const debian = await ensureDebianImage(path.join(corpusRoot, 'image-debian'));
  const synthetic = await ensureSyntheticImage(path.join(corpusRoot, 'image-synthetic'));
  const database = await importFixtureDatabase(repoRoot, scratch);
  progress('vulnerabilities: 100,000 generated OSV records, 10,000 packages');
  const matching = await benchVulnMatching(path.join(scratch, 'vuln'));
  progress(`  import ${formatMs(matching.importMs)}  match ${formatMs(matching.matchMs)}`);
  return {
    matching,
    images: [
      await measureImage(
        repoRoot,
        'Debian 12 (minbase)',
        debian.target,
        debian.layerBlobs,
        database,
        runs,
        progress,
      ),
      await measureImage(
        repoRoot,
        'synthetic 1 GiB, 8 layers',
        `${synthetic.layout}:synthetic`,
        synthetic.layerBlobs,
        database,
        runs,
        progress,
      ),
    ],
  };
}

const imageRatioTarget = 1.5;
const imageRssTargetMiB = 300;

export function renderImageSection(results: ImageBenchResults): string {
  const lines = [
    '## Images',
    '',
    `Full \`bulwark image\` (layer walk with whiteouts, digest checks, secrets in every file, package inventory, rules, and matching against the fixture vulnerability database) against \`gzip -dc\` of the same layer blobs to /dev/null, measured in the same run. Targets: at most ${imageRatioTarget}× the gzip time, at most ${imageRssTargetMiB} MB peak RSS whatever the image size.`,
    '',
    '| image | layers | bulwark image (median) | gzip -dc (median) | ratio | target met | peak RSS (max) | RSS target met |',
    '|---|---:|---:|---:|---:|---|---:|---|',
  ];
  for (const image of results.images) {
    const ratio = image.image.median / image.gunzip.median;
    const rssMiB = image.rssKiB.max / 1024;
    lines.push(
      `| ${image.name} | ${image.layers} | ${formatMs(image.image.median)} | ${formatMs(image.gunzip.median)} | ${formatFactor(ratio)} | ${ratio <= imageRatioTarget ? 'yes' : 'no'} | ${formatMiB(image.rssKiB.max)} | ${rssMiB <= imageRssTargetMiB ? 'yes' : 'no'} |`,
    );
  }
  const { matching } = results;
  lines.push(
    '',
    '### Vulnerability matching',
    '',
    `${matching.packages.toLocaleString('en-US')} packages against a database of ${matching.records.toLocaleString('en-US')} generated OSV records (${matching.matches.toLocaleString('en-US')} matches), one run. Target: matching at most 2 s.`,
    '',
    '| step | wall | CPU | target met |',
    '|---|---:|---:|---|',
    `| import into SQLite | ${formatMs(matching.importMs)} | ${formatMs(matching.importCpuMs)} | (no target) |`,
    `| open and match | ${formatMs(matching.matchMs)} | ${formatMs(matching.matchCpuMs)} | ${matching.matchMs <= 2000 ? 'yes' : 'no'} |`,
    '',
  );
  return lines.join('\n');
}
