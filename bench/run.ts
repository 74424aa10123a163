// `npm run bench`: generates or reuses the corpus, measures every task in separate child processes, and rewrites
// BENCHMARKS.md. Progress goes to stderr, the summary to stdout.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ensureCorpus } from './corpus/ensure.js';
import type { ImageBenchResults } from './image/run-image.js';
import { benchReachability } from './netpol/reach-bench.js';
import { renderReachBench } from './netpol/report-reach.js';
import { benchClusterSnapshot, renderClusterSnapshotBench } from './cluster-snapshot/bench-snapshot.js';
import { benchHost } from './host/bench-host.js';
import { renderHostBench } from './host/report-host.js';
import { benchCluster } from './rbac/bench-cluster.js';
import { renderClusterBench } from './rbac/report-cluster.js';
import { measureImages, renderImageSection } from './image/run-image.js';
import { defaultCorpusOptions } from './corpus/generate.js';
import { currentLoad, describeMachine, describeRevision } from './machine.js';
import type { BenchResults, ScanOutcome, TaskMeasurement } from './report.js';
import { renderReport } from './report.js';
import { spawnTimed } from './spawn-timed.js';
import type { Summary } from './stats.js';
import { formatMiB, formatMs, summarise } from './stats.js';
import type { ChildResult, MeasureTask } from './tasks.js';
import { measureTasks, resultMarker } from './tasks.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const corpusFolder = 'bench-corpus';
const versionRuns = 10;

const ChildResultSchema = z.object({
  task: z.enum(measureTasks),
  maxRssKiB: z.number(),
  cpuMs: z.number(),
  inProcessMs: z.number(),
  files: z.number(),
  count: z.number(),
}) satisfies z.ZodType<ChildResult>;

const ScanReport = z.object({
  targets: z.array(z.unknown()),
  findings: z.array(z.unknown()),
  errors: z.array(z.unknown()),
});

const PackageJson = z.object({ version: z.string() });

function runsFromEnvironment(): number {
  const text = process.env['BENCH_RUNS'];
  if (text === undefined || text === '') return 5;
  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`BENCH_RUNS must be a positive integer, not ${text}`);
  return runs;
}

function progress(text: string): void {
  process.stderr.write(`${text}\n`);
}

async function measureOnce(
  task: MeasureTask,
  scratch: string,
): Promise<{ wallMs: number; result: ChildResult }> {
  const child = await spawnTimed(
    process.execPath,
    [path.join(repoRoot, 'dist', 'bench', 'measure.js'), task, corpusFolder, scratch],
    repoRoot,
  );
  const line = child.stdout
    .split('\n')
    .reverse()
    .find((candidate) => candidate.startsWith(resultMarker));
  if (child.exitCode !== 0 || line === undefined)
    throw new Error(`${task} failed (exit ${child.exitCode}):\n${child.stderr.slice(-4000)}`);
  return {
    wallMs: child.wallMs,
    result: ChildResultSchema.parse(JSON.parse(line.slice(resultMarker.length))),
  };
}

async function measureTasksInRounds(
  runs: number,
  scratch: string,
): Promise<Record<MeasureTask, TaskMeasurement>> {
  const walls = new Map<MeasureTask, number[]>();
  const rss = new Map<MeasureTask, number[]>();
  const cpu = new Map<MeasureTask, number[]>();
  const last = new Map<MeasureTask, ChildResult>();
  for (let round = 1; round <= runs; round += 1) {
    for (const task of measureTasks) {
      const { wallMs, result } = await measureOnce(task, scratch);
      const previous = last.get(task);
      if (previous !== undefined && (previous.count !== result.count || previous.files !== result.files))
        progress(
          `  warning: ${task} did different work in round ${round} (${result.count} vs ${previous.count})`,
        );
      walls.set(task, [...(walls.get(task) ?? []), wallMs]);
      rss.set(task, [...(rss.get(task) ?? []), result.maxRssKiB]);
      cpu.set(task, [...(cpu.get(task) ?? []), result.cpuMs]);
      last.set(task, result);
      progress(
        `  round ${round}/${runs}  ${task.padEnd(17)} ${formatMs(wallMs).padStart(8)} wall ${formatMs(result.cpuMs).padStart(8)} cpu ${formatMiB(result.maxRssKiB).padStart(8)}`,
      );
    }
  }
  const out: Partial<Record<MeasureTask, TaskMeasurement>> = {};
  for (const task of measureTasks) {
    const result = last.get(task);
    if (result === undefined) throw new Error(`${task} never ran`);
    out[task] = {
      wall: summarise(walls.get(task) ?? []),
      rssKiB: summarise(rss.get(task) ?? []),
      cpuMs: summarise(cpu.get(task) ?? []),
      files: result.files,
      count: result.count,
    };
  }
  return out as Record<MeasureTask, TaskMeasurement>; // why: every task was filled in by the loop above
}

async function measureStartup(): Promise<{ version: Summary; nodeStartup: Summary }> {
  const version: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < versionRuns; run += 1) {
    const shown = await spawnTimed(process.execPath, ['bin/bulwark.js', '--version'], repoRoot);
    if (shown.exitCode !== 0 || shown.stdout.trim() === '')
      throw new Error(`--version failed: ${shown.stderr}`);
    version.push(shown.wallMs);
    bare.push((await spawnTimed(process.execPath, ['-e', '0'], repoRoot)).wallMs);
  }
  return { version: summarise(version), nodeStartup: summarise(bare) };
}

async function scanOutcome(scratch: string, task: MeasureTask): Promise<ScanOutcome> {
  const report = ScanReport.parse(JSON.parse(await readFile(path.join(scratch, `${task}.json`), 'utf8')));
  return { targets: report.targets.length, findings: report.findings.length, errors: report.errors.length };
}

async function packageVersion(name: string): Promise<string> {
  const manifest = path.join(repoRoot, ...(name === '.' ? [] : ['node_modules', name]), 'package.json');
  return PackageJson.parse(JSON.parse(await readFile(manifest, 'utf8'))).version;
}

async function ruleCount(): Promise<number> {
  const { allRules } = await import('../src/rules/index.js');
  return allRules.length;
}

/** `BENCH_ONLY=images` (comma-separated parts) measures just those parts and leaves BENCHMARKS.md alone. */
function onlyParts(): Set<string> | undefined {
  const text = process.env['BENCH_ONLY'];
  return text === undefined || text === '' ? undefined : new Set(text.split(','));
}

/** Kubernetes object analysis at 1k and 10k pods: the scan with RBAC, and the reachability matrix. */
async function measureCluster(scratch: string): Promise<string> {
  progress('cluster: generated manifests with 1,000 and 10,000 pods');
  const cluster = await benchCluster(path.join(scratch, 'cluster'));
  progress('reachability: 1,000 and 10,000 pods');
  const reach = await benchReachability(path.join(scratch, 'netpol'));
  const intro =
    '## Kubernetes object analysis\n\nA full `bulwark scan` (every rule, RBAC effective permissions, NetworkPolicy coverage) of generated manifests with pods in controllers, roles and bindings and NetworkPolicies, at 1k and 10k pods; target under 10 s and 1 GB RSS at 10k pods.\n\n';
  return `${intro}${renderClusterBench(cluster)}\n${renderReachBench(reach)}`;
}

/** Infrastructure audit: `bulwark cluster --snapshot` at 10k pods and `bulwark host` with 50 running containers. */
async function measureInfrastructure(scratch: string): Promise<string> {
  progress('cluster snapshot: 10,000 pods');
  const snapshot = await benchClusterSnapshot(path.join(scratch, 'snapshot'));
  progress('host: a real dockerd with 50 running containers');
  await mkdir(path.join(scratch, 'host'), { recursive: true });
  const host = await benchHost(path.join(scratch, 'host'));
  return (
    `## Infrastructure audit\n\n### \`bulwark cluster --snapshot\`\n\n${renderClusterSnapshotBench(snapshot)}\n` +
    `### \`bulwark host\`\n\n${renderHostBench(host)}`
  );
}

async function measureOnlyParts(parts: Set<string>, runs: number): Promise<void> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'bulwark-bench-'));
  try {
    if (parts.has('cluster')) process.stdout.write(await measureCluster(scratch));
    if (parts.has('infrastructure')) process.stdout.write(await measureInfrastructure(scratch));
    if (parts.has('images')) {
      const images = await measureImages(
        repoRoot,
        path.join(repoRoot, corpusFolder),
        scratch,
        runs,
        progress,
      );
      process.stdout.write(renderImageSection(images));
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const runs = runsFromEnvironment();
  const parts = onlyParts();
  if (parts !== undefined) {
    await measureOnlyParts(parts, runs);
    return;
  }
  const machine = describeMachine();
  const started = process.hrtime.bigint();
  progress(`corpus: checking ${corpusFolder}/`);
  const corpus = await ensureCorpus(path.join(repoRoot, corpusFolder), defaultCorpusOptions);
  progress(`corpus: ${corpus.reused ? 'reused' : 'generated'} (${corpus.contentHash.slice(0, 16)})`);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'bulwark-bench-'));
  try {
    progress(`measuring ${measureTasks.length} tasks × ${runs} runs`);
    const tasks = await measureTasksInRounds(runs, scratch);
    progress(`measuring startup (${versionRuns} runs)`);
    const startup = await measureStartup();
    progress(`measuring images (${runs} runs)`);
    const images: ImageBenchResults = await measureImages(
      repoRoot,
      path.join(repoRoot, corpusFolder),
      scratch,
      runs,
      progress,
    );
    const revision = describeRevision(repoRoot);
    const results: BenchResults = {
      machine: { ...machine, loadAtEnd: currentLoad() },
      ...(revision === undefined ? {} : { revision }),
      toolVersion: await packageVersion('.'),
      ruleCount: await ruleCount(),
      runs,
      corpus: { ...corpus, root: corpusFolder },
      tasks,
      ...startup,
      scans: {
        full: await scanOutcome(scratch, 'scan-full'),
        yaml: await scanOutcome(scratch, 'scan-yaml'),
        dockerfiles: await scanOutcome(scratch, 'scan-dockerfiles'),
      },
      packageVersions: {
        yaml: await packageVersion('yaml'),
        'js-yaml': await packageVersion('js-yaml'),
        dockerfilelint: await packageVersion('dockerfilelint'),
        dockerfile_lint: await packageVersion('dockerfile_lint'),
      },
    };
    const cluster = await measureCluster(scratch);
    const infrastructure = await measureInfrastructure(scratch);
    const markdown = `${renderReport(results)}\n${renderImageSection(images)}\n${cluster}\n${infrastructure}`;
    await writeFile(path.join(repoRoot, 'BENCHMARKS.md'), markdown);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.stdout.write(
      `${markdown.slice(markdown.indexOf('## Results'), markdown.indexOf('## How each task'))}`,
    );
    progress(`wrote BENCHMARKS.md (bench took ${seconds.toFixed(0)} s)`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
