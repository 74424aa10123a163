import type { ReportError } from '../../core/index.js';
import { daemonJsonPathOf, daemonViewFromFlags } from '../../sources/daemon/from-flags.js';
import { parseDaemonJson } from '../../sources/daemon/parse-json.js';
import type { DaemonParse } from '../../sources/daemon/place.js';
import { defaultDaemonJsonPath } from '../../sources/daemon/flags.js';
import type { EngineEndpoint } from '../image/remote/engine/docker-host.js';
import { parseDockerHost } from '../image/remote/engine/docker-host.js';
import { EngineClient } from '../image/remote/engine/engine-client.js';
import type { EngineTimeouts } from '../image/remote/engine/engine-client.js';
import { describeCause } from '../image/remote/errors.js';
import { readTextInRoot } from '../node/root-fs.js';
import type { DockerdProcess } from './find-dockerd.js';
import { chooseDockerd, listDockerdProcesses } from './find-dockerd.js';
import type { HostFiles } from './host-files.js';
import { inspectHostFiles } from './host-files.js';
import type { EngineData, EngineScanOptions } from './read-engine.js';
import { readEngine } from './read-engine.js';

/** Everything `inspectHost` takes from the machine, injected so tests point it at a private dockerd and roots. */
export interface HostDependencies {
  /** Where `/proc` is mounted (`/proc`; a host's proc seen from a container is often `/host/proc`). */
  procRoot: string;
  /** The root the host's files are read under (`/`, or `/host` from a container). */
  fsRoot: string;
  /** The environment `DOCKER_HOST`, `DOCKER_TLS_VERIFY` and `DOCKER_CONTENT_TRUST` come from. */
  env: Readonly<Record<string, string | undefined>>;
  /** `--docker-host`: wins over `DOCKER_HOST`. */
  dockerHost?: string;
  engineScan?: EngineScanOptions;
  timeouts?: Partial<EngineTimeouts>;
}

export interface HostInspection {
  /** The Engine API address spoken to (`unix:///var/run/docker.sock`). */
  endpoint: string;
  dockerd?: DockerdProcess;
  /** The daemon.json path dockerd reads, whether or not it exists. */
  daemonJson: string;
  /** The daemon's configuration: flags merged with daemon.json (live), or daemon.json alone without a dockerd. */
  daemon?: DaemonParse;
  files: HostFiles;
  engine: EngineData;
  /** `DOCKER_CONTENT_TRUST` as this client's environment sets it. */
  contentTrust?: string;
  errors: ReportError[];
  notes: string[];
}

/** daemon.json's text; undefined when it does not exist, since dockerd then runs on defaults and flags. */
async function readDaemonJson(
  fsRoot: string,
  file: string,
  errors: ReportError[],
): Promise<string | undefined> {
  const read = await readTextInRoot(fsRoot, file);
  if (read.kind === 'problem')
    errors.push({ file, line: 0, message: `cannot read the daemon configuration: ${read.message}` });
  return read.kind === 'text' ? read.text : undefined;
}

function endpointOf(deps: HostDependencies): EngineEndpoint {
  const env = deps.dockerHost === undefined ? deps.env : { ...deps.env, DOCKER_HOST: deps.dockerHost };
  return parseDockerHost(env);
}

async function findDockerd(
  procRoot: string,
  endpoint: EngineEndpoint,
  notes: string[],
): Promise<DockerdProcess | undefined> {
  try {
    const search = chooseDockerd(await listDockerdProcesses(procRoot), endpoint);
    if (search.found) return search.process;
    notes.push(`dockerd flags were not checked: ${search.reason}`);
  } catch (error) {
    notes.push(`dockerd flags were not checked: ${describeCause(error)}`);
  }
  return undefined;
}

function readDaemon(
  dockerd: DockerdProcess | undefined,
  file: string,
  text: string | undefined,
): DaemonParse | undefined {
  const daemonJson = text === undefined ? undefined : { text, file };
  if (dockerd !== undefined) return daemonViewFromFlags(dockerd.argv, daemonJson);
  return daemonJson === undefined ? undefined : parseDaemonJson(daemonJson.text, daemonJson.file);
}

/**
 * Reads this Docker host: the dockerd process and its flags, its daemon.json, the files CIS judges, and through
 * the Engine API every container and local image. Never throws for what it finds; problems become `errors`.
 * An unusable `DOCKER_HOST` does throw (a usage error the caller reports).
 */
export async function inspectHost(deps: HostDependencies): Promise<HostInspection> {
  const endpoint = endpointOf(deps);
  const errors: ReportError[] = [];
  const notes: string[] = [];
  const dockerd = await findDockerd(deps.procRoot, endpoint, notes);
  const daemonJson = dockerd === undefined ? defaultDaemonJsonPath : daemonJsonPathOf(dockerd.argv);
  const daemon = readDaemon(dockerd, daemonJson, await readDaemonJson(deps.fsRoot, daemonJson, errors));
  if (daemon !== undefined) for (const error of daemon.errors) errors.push(error);
  const files = await inspectHostFiles(deps.fsRoot, daemon?.view?.settings ?? {}, daemonJson, endpoint);
  for (const problem of files.problems)
    errors.push({ file: problem.path, line: 0, message: problem.message });
  const engine = await readEngine(new EngineClient(endpoint, deps.timeouts), deps.engineScan);
  for (const message of engine.errors) errors.push({ file: endpoint.display, line: 0, message });
  const contentTrust = deps.env['DOCKER_CONTENT_TRUST'];
  return {
    endpoint: endpoint.display,
    ...(dockerd === undefined ? {} : { dockerd }),
    daemonJson,
    ...(daemon === undefined ? {} : { daemon }),
    files,
    engine,
    ...(contentTrust === undefined ? {} : { contentTrust }),
    errors,
    notes: [...notes, ...engine.notes],
  };
}
