#!/usr/bin/env node
// Thin shell: fast path for --version, otherwise hands argv to the CLI and sets the exit code.
import { readFileSync } from 'node:fs';
import os from 'node:os';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${manifest.version}\n`);
} else {
  const { run } = await import('../dist/src/cli/index.js');
  const chunks = [];
  const result = await run(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTty: process.stdout.isTTY === true,
    readStdin: async () => {
      for await (const chunk of process.stdin) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
    today: () => new Date().toISOString().slice(0, 10),
    now: () => new Date(),
    homedir: os.homedir(),
    stderrIsTty: process.stderr.isTTY === true,
    progress: (text) => process.stderr.write(text),
  });
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
