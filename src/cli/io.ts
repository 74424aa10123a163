/** Everything the CLI takes from the outside world, injected so tests run it in-process and deterministically. */
export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdoutIsTty: boolean;
  readStdin(): Promise<Uint8Array>;
  /** Today as YYYY-MM-DD (suppression expiry). */
  today(): string;
}

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export class UsageError extends Error {}
