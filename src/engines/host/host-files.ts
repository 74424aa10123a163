import path from 'node:path';
import type { PlainData } from '../../core/index.js';
import type { NodeFile, NodeFileRole, NodeView } from '../../sources/index.js';
import { groupIds } from '../../sources/node/kernel-files.js';
import type { EngineEndpoint } from '../image/remote/engine/docker-host.js';
import { discoverNodeFiles } from '../node/discover-files.js';
import type { NodeProblem, PathRequest } from '../node/inspect-paths.js';
import { inspectPaths } from '../node/inspect-paths.js';
import { readTextInRoot } from '../node/root-fs.js';
import { defaultDaemonSocket } from './find-dockerd.js';

export interface HostFiles {
  view: NodeView;
  problems: NodeProblem[];
}

const tlsRoles: readonly (readonly [string, NodeFileRole])[] = [
  ['tlscacert', 'docker-tls-ca'],
  ['tlscert', 'docker-tls-certificate'],
  ['tlskey', 'docker-tls-key'],
];

function text(value: PlainData | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function unixSockets(hosts: PlainData | undefined, endpoint: EngineEndpoint): string[] {
  const listed = Array.isArray(hosts) ? hosts.filter((host): host is string => typeof host === 'string') : [];
  const addresses = listed.length === 0 ? [defaultDaemonSocket] : listed;
  const sockets = addresses
    .filter((address) => address.startsWith('unix://') && address.length > 'unix://'.length)
    .map((address) => address.slice('unix://'.length));
  // A daemon started by systemd (`-H fd://`) listens on the socket unit's path, which is the one Bulwark reached.
  if (sockets.length === 0 && endpoint.kind === 'unix') sockets.push(endpoint.socketPath);
  return sockets;
}

/**
 * What this daemon names, as the running configuration says: its sockets, daemon.json and TLS files. The node
 * discovery adds the unit files and registry certificates; requests for one path are merged.
 */
function liveRequests(
  settings: Readonly<Record<string, PlainData>>,
  daemonJson: string,
  endpoint: EngineEndpoint,
): PathRequest[] {
  const requests: PathRequest[] = [
    { path: daemonJson, roles: ['docker-daemon-json'] },
    ...unixSockets(settings['hosts'], endpoint).map((socket): PathRequest => ({
      path: socket,
      roles: ['docker-socket'],
    })),
  ];
  for (const [key, role] of tlsRoles) {
    const file = text(settings[key]);
    if (file !== undefined) requests.push({ path: file, roles: [role] });
  }
  return requests.map((request) => ({ ...request, path: path.posix.resolve('/', request.path) }));
}

/** Roles the running configuration decides; the node discovery's guesses for them (default paths) give way. */
const liveRoles: ReadonlySet<NodeFileRole> = new Set([
  'docker-socket',
  'docker-daemon-json',
  ...tlsRoles.map(([, role]) => role),
]);

function isDiscoveredDockerFile(request: PathRequest): boolean {
  return request.roles.some((role) => role.startsWith('docker-') && !liveRoles.has(role));
}

/**
 * The Docker files of this host (CIS Docker §3) observed under `fsRoot`, as a node view the node rules judge. The
 * kernel and firmware facts are not read: `bulwark node` covers them.
 */
export async function inspectHostFiles(
  fsRoot: string,
  settings: Readonly<Record<string, PlainData>>,
  daemonJson: string,
  endpoint: EngineEndpoint,
): Promise<HostFiles> {
  const discovered = await discoverNodeFiles(fsRoot);
  const requests = [
    ...discovered.requests.filter(isDiscoveredDockerFile),
    ...liveRequests(settings, daemonJson, endpoint),
  ];
  const inspected = await inspectPaths(fsRoot, requests);
  const problems = [
    ...discovered.problems.filter((problem) => problem.path.includes('docker')),
    ...inspected.problems,
  ];
  const groupFile = await readTextInRoot(fsRoot, '/etc/group');
  if (groupFile.kind === 'problem') problems.push({ path: '/etc/group', message: groupFile.message });
  const files: NodeFile[] = inspected.files;
  const unobserved = { observed: false } as const;
  const view: NodeView = {
    resource: { kind: 'Node', name: 'docker-host', source: { file: '/' }, doc: {} },
    files,
    groups: groupFile.kind === 'text' ? groupIds(groupFile.text) : {},
    sysctls: unobserved,
    mandatoryAccessControl: unobserved,
    seccomp: unobserved,
    boot: unobserved,
    tpm: unobserved,
    components: { kubelet: false, docker: true, containerd: false },
    mounts: unobserved,
    dockerDataRoot: text(settings['data-root']) ?? discovered.dockerDataRoot,
  };
  return { view, problems };
}
