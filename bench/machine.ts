import { spawnSync } from 'node:child_process';
import os from 'node:os';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  /** One-minute load average when the bench started and when it ended: a busy machine skews every figure. */
  loadAtStart: number;
  loadAtEnd?: number;
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAtStart: os.loadavg()[0] ?? 0,
  };
}

export function currentLoad(): number {
  return os.loadavg()[0] ?? 0;
}

/** The commit measured, marked when the work tree has uncommitted changes; undefined outside a git checkout. */
export function describeRevision(cwd: string): string | undefined {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8' });
  if (head.status !== 0) return undefined;
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd,
    encoding: 'utf8',
  });
  const dirty = status.status === 0 && status.stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? ' with uncommitted changes' : ''}`;
}
