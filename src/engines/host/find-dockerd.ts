import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { EngineEndpoint } from '../image/remote/engine/docker-host.js';
import { scanDockerdArgv } from '../../sources/daemon/argv.js';

export interface DockerdProcess {
  pid: number;
  argv: string[];
}

export type DockerdSearch = { found: true; process: DockerdProcess } | { found: false; reason: string };

/** Where dockerd listens when neither `-H` nor `hosts` says otherwise. */
export const defaultDaemonSocket = 'unix:///var/run/docker.sock';

/** The `-H` / `--host` values of a dockerd command line, in order. */
export function listenFlags(argv: readonly string[]): string[] {
  return scanDockerdArgv(argv)
    .occurrences.filter((occurrence) => occurrence.flag.name === 'host')
    .map((occurrence) => occurrence.value);
}

function isDockerd(argv: readonly string[]): boolean {
  const program = argv[0];
  return program !== undefined && path.posix.basename(program) === 'dockerd';
}

/** Every dockerd under `procRoot`, by its command line; processes that vanish or hide their cmdline are skipped. */
export async function listDockerdProcesses(procRoot: string): Promise<DockerdProcess[]> {
  let entries: string[];
  try {
    entries = await readdir(procRoot);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'error';
    throw new Error(`cannot list the processes under ${procRoot} (${code})`, { cause: error });
  }
  const found: DockerdProcess[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let text: string;
    try {
      text = await readFile(path.join(procRoot, entry, 'cmdline'), 'utf8');
    } catch {
      continue;
    }
    const argv = text.split('\u0000');
    if (argv.at(-1) === '') argv.pop();
    if (isDockerd(argv)) found.push({ pid: Number(entry), argv });
  }
  return found.sort((a, b) => a.pid - b.pid);
}

function tcpMatches(address: string, endpoint: Extract<EngineEndpoint, { kind: 'tcp' }>): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (url.protocol !== 'tcp:') return false;
  const port = url.port === '' ? 2375 : Number(url.port);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const anyHost = host === '' || host === '0.0.0.0' || host === '::';
  return port === endpoint.port && (anyHost || host === endpoint.host);
}

type Listening = 'yes' | 'no' | 'unknown';

function addressMatches(address: string, endpoint: EngineEndpoint): boolean {
  if (endpoint.kind === 'tcp') return tcpMatches(address, endpoint);
  if (!address.startsWith('unix://')) return false;
  return path.posix.normalize(address.slice('unix://'.length)) === path.posix.normalize(endpoint.socketPath);
}

/**
 * Whether this dockerd serves the Engine API Bulwark talks to. `unknown` when its command line cannot say: no
 * `-H` (daemon.json `hosts` may set one) or a systemd socket (`fd://`).
 */
function listensOn(argv: readonly string[], endpoint: EngineEndpoint): Listening {
  const addresses = listenFlags(argv);
  if (addresses.some((address) => addressMatches(address, endpoint))) return 'yes';
  if (addresses.length === 0) return addressMatches(defaultDaemonSocket, endpoint) ? 'yes' : 'unknown';
  return addresses.some((address) => address.startsWith('fd://')) ? 'unknown' : 'no';
}

/**
 * The dockerd behind `endpoint`: the one whose `-H` names it; failing that, the only dockerd whose command line
 * does not rule it out (a systemd `fd://` daemon). A daemon that listens elsewhere is never taken for it, and
 * several that could be are reported, never guessed between.
 */
export function chooseDockerd(
  candidates: readonly DockerdProcess[],
  endpoint: EngineEndpoint,
): DockerdSearch {
  const judged = candidates.map((candidate) => ({
    candidate,
    listening: listensOn(candidate.argv, endpoint),
  }));
  const matching = judged.find((entry) => entry.listening === 'yes');
  if (matching !== undefined) return { found: true, process: matching.candidate };
  const possible = judged.filter((entry) => entry.listening === 'unknown');
  const [only, ...others] = possible;
  if (only !== undefined && others.length === 0) return { found: true, process: only.candidate };
  if (candidates.length === 0) return { found: false, reason: 'no dockerd process is visible' };
  const pids = candidates.map((candidate) => candidate.pid).join(', ');
  const count = candidates.length === 1 ? '1 dockerd process' : `${candidates.length} dockerd processes`;
  const verdict = possible.length > 1 ? 'several could listen' : 'none listens';
  return { found: false, reason: `${count} (PIDs ${pids}) and ${verdict} on ${endpoint.display}` };
}
