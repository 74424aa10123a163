import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ScanRequest } from '../../../src/engines/scan/scan.js';
import { defaultConfig } from '../../../src/engines/config/schema.js';
import { tempDir } from '../../support/cli.js';

/** Writes files (relative path → text) into a new temporary folder and returns it. */
export function writeTree(prefix: string, files: Record<string, string>): string {
  const root = tempDir(prefix);
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

export function scanRequest(root: string, inputs: readonly string[] = ['.']): ScanRequest {
  return {
    inputs,
    cwd: root,
    config: defaultConfig,
    configRoot: root,
    pss: {},
    selection: { only: [], skip: [] },
    today: '2026-01-01',
    readStdin: () => Promise.resolve(new Uint8Array()),
  };
}
