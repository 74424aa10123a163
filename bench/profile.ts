// `node dist/bench/profile.js [--task scan-full] [--top 25] [--match TEXT] [--interval MICROSECONDS] [--keep]`: runs one
// bench task in a child under `--cpu-prof` and prints the functions with the most self time, to find hot spots.
// `--match dist/src` ranks only Bulwark's own functions.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CpuProfile, summariseProfiles } from './cpu-profile.js';
import { ensureCorpus } from './corpus/ensure.js';
import { defaultCorpusOptions } from './corpus/generate.js';
import { spawnTimed } from './spawn-timed.js';
import { formatMs } from './stats.js';
import { isMeasureTask } from './tasks.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const corpusFolder = 'bench-corpus';

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`.padStart(6);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      task: { type: 'string', default: 'scan-full' },
      top: { type: 'string', default: '25' },
      match: { type: 'string', default: '' },
      interval: { type: 'string', default: '500' },
      keep: { type: 'boolean', default: false },
    },
  });
  const task = values.task;
  const top = Number(values.top);
  if (!isMeasureTask(task)) throw new Error(`unknown --task ${task}`);
  if (!Number.isInteger(top) || top < 1) throw new Error('--top must be a positive integer');
  await ensureCorpus(path.join(repoRoot, corpusFolder), defaultCorpusOptions);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'bulwark-profile-'));
  try {
    const child = await spawnTimed(
      process.execPath,
      [
        '--cpu-prof',
        `--cpu-prof-dir=${scratch}`,
        `--cpu-prof-interval=${values.interval}`,
        path.join(repoRoot, 'dist', 'bench', 'measure.js'),
        task,
        corpusFolder,
        scratch,
      ],
      repoRoot,
    );
    if (child.exitCode !== 0)
      throw new Error(`${task} failed under the profiler:\n${child.stderr.slice(-4000)}`);
    // Node writes one profile per thread: the scan's worker gets its own.
    const profileFiles = (await readdir(scratch)).filter((name) => name.endsWith('.cpuprofile')).sort();
    if (profileFiles.length === 0) throw new Error('node wrote no .cpuprofile');
    const profiles: CpuProfile[] = [];
    for (const name of profileFiles)
      profiles.push(CpuProfile.parse(JSON.parse(await readFile(path.join(scratch, name), 'utf8'))));
    const summary = summariseProfiles(profiles, repoRoot, top, values.match);
    const lines = [
      `${task}: ${formatMs(child.wallMs)} wall under the profiler, ${formatMs(summary.totalMs)} sampled over ${profiles.length} ${profiles.length === 1 ? 'thread' : 'threads'}`,
      '(locations are in the compiled JavaScript under dist/; src/x.ts compiles to dist/src/x.js)',
      '',
      `top ${top} functions by self time${values.match === '' ? '' : ` (locations containing ${values.match})`}:`,
      ...summary.functions.map(
        (spot, index) =>
          `${String(index + 1).padStart(3)}. ${formatMs(spot.selfMs).padStart(8)} ${percent(spot.share)}  ${spot.name}${spot.location === '' ? '' : `  ${spot.location}`}`,
      ),
      '',
      'self time by area:',
      ...summary.areas.map(
        (spot) => `     ${formatMs(spot.selfMs).padStart(8)} ${percent(spot.share)}  ${spot.name}`,
      ),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (values.keep) process.stdout.write(`\nprofiles kept in ${scratch} (open them in Chrome DevTools)\n`);
  } finally {
    if (!values.keep) await rm(scratch, { recursive: true, force: true });
  }
}

await main();
