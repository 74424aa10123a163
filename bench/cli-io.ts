import os from 'node:os';
import type { CliIo } from '../src/cli/io.js';

/** The CLI's outside world for in-process bench runs: a fixed day and clock, so two runs never differ by date. */
export function benchCliIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTty: false,
    readStdin: () => Promise.resolve(new Uint8Array()),
    today: () => '2026-01-01',
    now: () => new Date('2026-01-01T00:00:00Z'),
    homedir: os.tmpdir(),
    stderrIsTty: false,
    progress: () => undefined,
  };
}
