/** Everything the CLI takes from the outside world, injected so tests run it in-process and deterministically. */
export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTty: boolean;
  readStdin(): Promise<Uint8Array>;
  /** Today as YYYY-MM-DD (suppression expiry). */
  today(): string;
  /** The current time (database age); injected so tests control it. */
  now(): Date;
  /** The user's home directory (`~/.docker/config.json`, the cache directory). */
  homedir: string;
  stderrIsTty: boolean;
  /** Live progress on standard error (downloads); separate from the final result text. */
  progress(text: string): void;
}

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export class UsageError extends Error {}
