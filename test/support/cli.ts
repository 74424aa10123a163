import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromRoot } from './paths.js';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Prefix command, e.g. setpriv with dropped capabilities. */
  wrapper?: string[];
}

/** Runs the real CLI (bin/bulwark.js) as a child process. */
export function runCli(args: string[], options: CliOptions = {}): CliRun {
  const command = [...(options.wrapper ?? []), process.execPath, fromRoot('bin', 'bulwark.js'), ...args];
  const [program = process.execPath, ...rest] = command;
  const result = spawnSync(program, rest, {
    cwd: options.cwd ?? fromRoot(),
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `bulwark-${prefix}-`));
}
