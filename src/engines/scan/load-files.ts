import type { ReportError } from '../../core/index.js';
import { jsonWorthScanning, kindByContent } from './detect-kind.js';
import type { DiscoveredFile } from './discover.js';
import type { FileJob } from './evaluate-files.js';
import type { ReadResult } from './read-input.js';
import { decodeText, readInput } from './read-input.js';

export interface LoadOptions {
  maxFileSizeMB: number;
  /** Injected: standard input, for `-`. */
  readStdin(): Promise<Uint8Array>;
}

async function load(file: DiscoveredFile, options: LoadOptions): Promise<FileJob | ReportError | undefined> {
  let result: ReadResult;
  if (file.stdin === true) {
    try {
      result = decodeText(await options.readStdin());
    } catch {
      result = { ok: false, line: 1, message: 'cannot read standard input' };
    }
  } else {
    result = await readInput(file.absolute, options.maxFileSizeMB * 1024 * 1024);
  }
  if (!result.ok) return { file: file.display, line: result.line, message: result.message };
  const text = result.text.startsWith('\uFEFF') ? result.text.slice(1) : result.text;
  if (!file.explicit && !jsonWorthScanning(file.absolute, text)) return undefined;
  return {
    display: file.display,
    identityPath: file.identityPath,
    kind: file.kind ?? kindByContent(text),
    text,
  };
}

/** Small files dominate repositories: reading several at once hides the file system's latency. Order is kept. */
const concurrentReads = 16;

export interface LoadedFiles {
  jobs: FileJob[];
  errors: ReportError[];
}

/** Reads and decodes the discovered files, in their order; unreadable ones become errors at line 1 (or their line). */
export async function loadFiles(
  files: readonly DiscoveredFile[],
  options: LoadOptions,
): Promise<LoadedFiles> {
  const results = new Array<FileJob | ReportError | undefined>(files.length);
  let next = 0;
  async function reader(): Promise<void> {
    for (let index = next++; index < files.length; index = next++) {
      const file = files[index];
      if (file !== undefined) results[index] = await load(file, options);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrentReads, files.length) }, () => reader()));
  const loaded: LoadedFiles = { jobs: [], errors: [] };
  for (const result of results) {
    if (result === undefined) continue;
    if ('kind' in result) loaded.jobs.push(result);
    else loaded.errors.push(result);
  }
  return loaded;
}
