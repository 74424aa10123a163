// Runs every compiled test file with node's test runner (Node 20 takes no globs, so the list is built here).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function collect(directory) {
  const files = [];
  for (const name of readdirSync(directory).sort()) {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) files.push(...collect(full));
    else if (name.endsWith('.test.js')) files.push(full);
  }
  return files;
}

const only = process.argv.slice(2);
const all = collect(path.join('dist', 'test'));
const files = only.length === 0 ? all : all.filter((file) => only.some((part) => file.includes(part)));
if (files.length === 0) {
  console.error('no test files found: run `npm run build` first');
  process.exit(1);
}
// Test images and other costly fixtures are built once per run into this folder and shared by the test processes.
const ownCache = process.env.BULWARK_TEST_CACHE === undefined;
const cache = ownCache
  ? mkdtempSync(path.join(os.tmpdir(), 'bulwark-test-cache-'))
  : process.env.BULWARK_TEST_CACHE;
function runAll() {
  try {
    const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], {
      stdio: 'inherit',
      env: { ...process.env, BULWARK_TEST_CACHE: cache },
    });
    return result.status ?? 1;
  } finally {
    if (ownCache) rmSync(cache, { recursive: true, force: true });
  }
}
process.exit(runAll());
