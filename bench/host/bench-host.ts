import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { spawnTimed } from '../spawn-timed.js';
import type { Summary } from '../stats.js';
import { summarise } from '../stats.js';
import { resultMarker } from '../tasks.js';
import { benchImage, startBenchDockerd } from './bench-dockerd.js';
import type { BenchDockerd } from './bench-dockerd.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const benchContainerCount = 50;

const MeasuredRun = z.object({ maxRssKiB: z.number(), cpuMs: z.number(), findings: z.number() });

export interface HostBenchResult {
  containers: number;
  runs: number;
  /** Spawn to exit, as a user waits for it (Node start-up and module loading included). */
  wallMs: Summary;
  cpuMs: Summary;
  maxRssKiB: Summary;
  findings: number;
}

/** Containers as a busy host has them: running, each with its own (unhardened) settings to judge. */
function createContainers(dockerd: BenchDockerd): void {
  for (let index = 0; index < benchContainerCount; index += 1) {
    const name = `bench-${String(index).padStart(2, '0')}`;
    const extra = index % 5 === 0 ? ['--cap-add', 'NET_ADMIN'] : index % 5 === 1 ? ['--read-only'] : [];
    dockerd.docker([
      'run',
      '--detach',
      '--network',
      'none',
      '--name',
      name,
      ...extra,
      benchImage,
      '/bin/sleep',
      'infinity',
    ]);
  }
}

async function measureOnce(dockerd: BenchDockerd, report: string) {
  const child = await spawnTimed(
    process.execPath,
    [path.join(repoRoot, 'dist', 'bench', 'host', 'measure-host.js'), dockerd.host, report],
    repoRoot,
  );
  const line = child.stdout
    .split('\n')
    .reverse()
    .find((candidate) => candidate.startsWith(resultMarker));
  if (child.exitCode !== 0 || line === undefined)
    throw new Error(`bulwark host failed (exit ${child.exitCode}):\n${child.stderr.slice(-4000)}`);
  return { wallMs: child.wallMs, ...MeasuredRun.parse(JSON.parse(line.slice(resultMarker.length))) };
}

/**
 * The live-host benchmark: starts a private dockerd, runs 50 sleeping containers, then measures `bulwark host`
 * (dockerd flags, Docker files, every container and image inspected and judged, JSON report written) in a fresh
 * process `runs` times. Every container is removed and dockerd stopped by PID afterwards. `scratch` receives
 * the last JSON report; dockerd keeps its data in a short folder of its own (its socket path must stay short).
 */
export async function benchHost(scratch: string, runs = 5): Promise<HostBenchResult> {
  const dockerd = await startBenchDockerd();
  try {
    createContainers(dockerd);
    const measured = [];
    for (let run = 0; run < runs; run += 1)
      measured.push(await measureOnce(dockerd, path.join(scratch, 'host-report.json')));
    return {
      containers: benchContainerCount,
      runs,
      wallMs: summarise(measured.map((entry) => entry.wallMs)),
      cpuMs: summarise(measured.map((entry) => entry.cpuMs)),
      maxRssKiB: summarise(measured.map((entry) => entry.maxRssKiB)),
      findings: measured[measured.length - 1]?.findings ?? 0,
    };
  } finally {
    try {
      const ids = dockerd
        .docker(['ps', '--all', '--quiet'])
        .split('\n')
        .filter((id) => id !== '');
      if (ids.length > 0) dockerd.docker(['rm', '--force', ...ids]);
    } finally {
      await dockerd.stop();
    }
  }
}
