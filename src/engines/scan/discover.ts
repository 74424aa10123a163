import type { Dirent } from 'node:fs';
import { lstat, opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Ignore } from 'ignore';
import ignore from 'ignore';
import type { ReportError } from '../../core/index.js';
import type { InputKind } from './detect-kind.js';
import { kindByName } from './detect-kind.js';
import { describeFsError } from './read-input.js';

export interface DiscoveredFile {
  /** Path as shown in the report: relative to the working directory when inside it. */
  display: string;
  absolute: string;
  /** Known from the name, or undefined for files named explicitly (sniffed by content later). */
  kind?: InputKind;
  /** `-`: read from standard input. */
  stdin?: boolean;
  /** Named on the command line (read whatever its name) rather than found by walking a folder. */
  explicit: boolean;
  /** Path relative to the scanned folder (the file name for a file argument): fingerprints use it, not the cwd. */
  identityPath: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  errors: ReportError[];
}

const alwaysSkipped = ['.git/', 'node_modules/', '.terraform/', 'dist/', '.venv/'];

function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  const shown = relative === '' ? '.' : relative.startsWith('..') ? absolute : relative;
  return shown.split(path.sep).join('/');
}

interface Walk {
  cwd: string;
  /** The folder named on the command line: identity paths are relative to it. */
  scanRoot: string;
  matcher: Ignore;
  root: string;
  visited: Set<string>;
  discovery: Discovery;
}

function ignored(walk: Walk, absolute: string, isDirectory: boolean): boolean {
  const relative = path.relative(walk.root, absolute).split(path.sep).join('/');
  if (relative === '' || relative.startsWith('..')) return false;
  return walk.matcher.ignores(isDirectory ? `${relative}/` : relative);
}

async function entryIsDirectory(entry: Dirent, absolute: string, walk: Walk): Promise<boolean | undefined> {
  if (!entry.isSymbolicLink()) return entry.isDirectory();
  try {
    return (await stat(absolute)).isDirectory();
  } catch (error) {
    if (kindByName(absolute) !== undefined || describeFsError(error).includes('loop')) {
      reportPath(walk, absolute, describeFsError(error));
    }
    return undefined;
  }
}

/** Whole-file problems (unreadable, loop) are reported at line 1 of the path that has them. */
function reportPath(walk: Walk, absolute: string, message: string): void {
  walk.discovery.errors.push({ file: displayPath(absolute, walk.cwd), line: 1, message });
}

async function walkDirectory(directory: string, walk: Walk): Promise<void> {
  let real: string;
  try {
    real = await realpath(directory);
  } catch (error) {
    reportPath(walk, directory, describeFsError(error));
    return;
  }
  if (walk.visited.has(real)) {
    reportPath(walk, directory, 'symbolic link loop: this folder was already scanned through another path');
    return;
  }
  walk.visited.add(real);
  const entries: Dirent[] = [];
  try {
    for await (const entry of await opendir(directory)) entries.push(entry);
  } catch (error) {
    reportPath(walk, directory, describeFsError(error));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // An unrendered Helm chart's templates are Go templates, not YAML: scan `helm template` output instead.
  const isHelmChart = entries.some((entry) => entry.name === 'Chart.yaml' && !entry.isDirectory());
  for (const entry of entries) {
    const absolute = path.join(directory, entry.name);
    const isDirectory = await entryIsDirectory(entry, absolute, walk);
    if (isDirectory === undefined) continue;
    if (ignored(walk, absolute, isDirectory)) continue;
    if (isDirectory && isHelmChart && entry.name === 'templates') continue;
    if (isDirectory) {
      await walkDirectory(absolute, walk);
      continue;
    }
    const kind = kindByName(entry.name);
    if (kind === undefined) continue;
    walk.discovery.files.push({
      display: displayPath(absolute, walk.cwd),
      absolute,
      kind,
      explicit: false,
      identityPath: path.relative(walk.scanRoot, absolute).split(path.sep).join('/'),
    });
  }
}

/** Expands the scan arguments into files: folders recursively (sorted, ignores applied), files as given, `-` as stdin. */
export async function discoverFiles(
  inputs: readonly string[],
  cwd: string,
  ignorePatterns: readonly string[],
  configRoot: string,
): Promise<Discovery> {
  const discovery: Discovery = { files: [], errors: [] };
  const matcher = ignore().add([...alwaysSkipped, ...ignorePatterns]);
  const visited = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      discovery.files.push({ display: '-', absolute: '-', stdin: true, explicit: true, identityPath: '-' });
      continue;
    }
    const absolute = path.resolve(cwd, input);
    try {
      await lstat(absolute);
      const info = await stat(absolute);
      if (info.isDirectory()) {
        await walkDirectory(absolute, {
          cwd,
          scanRoot: absolute,
          matcher,
          root: configRoot,
          visited,
          discovery,
        });
        continue;
      }
      const kind = kindByName(absolute);
      discovery.files.push({
        display: displayPath(absolute, cwd),
        absolute,
        explicit: true,
        identityPath: path.basename(absolute),
        ...(kind === undefined ? {} : { kind }),
      });
    } catch (error) {
      discovery.errors.push({ file: displayPath(absolute, cwd), line: 1, message: describeFsError(error) });
    }
  }
  return dedupe(discovery);
}

function dedupe(discovery: Discovery): Discovery {
  const seen = new Set<string>();
  const files = discovery.files.filter((file) => {
    if (seen.has(file.absolute)) return false;
    seen.add(file.absolute);
    return true;
  });
  return { files, errors: discovery.errors };
}
