import { spawn } from 'node:child_process';

export interface TimedRun {
  /** From just before spawn to the child's exit, in milliseconds. */
  wallMs: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a child to completion and measures its wall time the way a user waiting on it would. */
export function spawnTimed(command: string, args: readonly string[], cwd: string): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const started = process.hrtime.bigint();
    let wallMs = 0;
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('exit', () => {
      wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    });
    child.on('close', (exitCode) => {
      resolve({
        wallMs,
        exitCode,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}
