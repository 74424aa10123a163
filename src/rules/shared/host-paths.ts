import type { Severity } from '../../core/index.js';

/*
 * What a host path gives a container, judged the same way for a pod's hostPath volume and a compose bind mount:
 * the container runtime's API (a socket, the runtime's folder, or a folder above it), or host files that hold
 * credentials, configuration, binaries or kernel controls.
 */

/**
 * A POSIX host path as the host would resolve it: `//`, `.`, `..` and trailing slashes are folded, so
 * `/etc/../var/run/` is judged as `/var/run`. Relative and Windows drive paths give undefined; symlinks on the
 * host cannot be seen from a manifest.
 */
export function normalizeHostPath(path: string): string | undefined {
  const trimmed = path.trim();
  if (!trimmed.startsWith('/')) return undefined;
  const parts: string[] = [];
  for (const segment of trimmed.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return `/${parts.join('/')}`;
}

/** The path is the folder itself or lies below it; everything lies below `/`. */
export function isSameOrUnder(path: string, folder: string): boolean {
  return folder === '/' || path === folder || path.startsWith(`${folder}/`);
}

/** A proper ancestor folder of `path` (the root counts). */
function isAncestorOf(folder: string, path: string): boolean {
  return folder !== path && isSameOrUnder(path, folder);
}

interface RuntimeSocket {
  /** In its `/run` form (`/var/run` links to `/run`); `<uid>` stands for any numeric user id. */
  path: string;
  runtime: string;
  /** The socket's folder belongs to the runtime, so anything inside it is the runtime's too. */
  ownFolder: boolean;
}

const runtimeSockets: readonly RuntimeSocket[] = [
  { path: '/run/docker.sock', runtime: 'Docker', ownFolder: false },
  { path: '/run/containerd/containerd.sock', runtime: 'containerd', ownFolder: true },
  { path: '/run/k3s/containerd/containerd.sock', runtime: 'containerd', ownFolder: true },
  { path: '/run/crio/crio.sock', runtime: 'CRI-O', ownFolder: true },
  { path: '/run/cri-dockerd.sock', runtime: 'cri-dockerd', ownFolder: false },
  { path: '/run/dockershim.sock', runtime: 'dockershim', ownFolder: false },
  { path: '/run/podman/podman.sock', runtime: 'Podman', ownFolder: true },
  // Rootless daemons listen in the user's runtime directory (XDG_RUNTIME_DIR).
  { path: '/run/user/<uid>/docker.sock', runtime: 'Docker (rootless)', ownFolder: false },
  { path: '/run/user/<uid>/podman/podman.sock', runtime: 'Podman (rootless)', ownFolder: true },
];

// A socket file of these names is a runtime API wherever it lives (`~/.docker/run/docker.sock`, …).
const socketNames: Readonly<Record<string, string>> = {
  'docker.sock': 'Docker',
  'containerd.sock': 'containerd',
  'crio.sock': 'CRI-O',
  'podman.sock': 'Podman',
  'cri-dockerd.sock': 'cri-dockerd',
  'dockershim.sock': 'dockershim',
};

// `\\.\pipe\docker_engine` (also written with forward slashes); Docker Desktop adds `dockerDesktopLinuxEngine` and
// similar pipes, all named `docker…`.
const windowsPipe = /^(?:\\\\|\/\/)\.[\\/]pipe[\\/](?<name>[^\\/]+)$/i;

function pipeRuntime(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower.startsWith('docker')) return 'Docker';
  if (lower === 'containerd-containerd') return 'containerd';
  return undefined;
}

export interface RuntimeSocketExposure {
  /** `socket`: the socket itself; `runtime-folder`: the runtime's own folder; `parent`: a folder above sockets. */
  kind: 'socket' | 'runtime-folder' | 'parent';
  runtime: string;
  /** The socket exposed: the mounted path itself, or the runtime's socket below the mounted folder. */
  socket: string;
}

const userRuntimeDir = /^\/run\/user\/(?<uid>\d+)(?=\/|$)/;

/** `/var/run/…` in its `/run` form, and a rootless user's runtime directory with the uid as `<uid>`. */
function canonicalRunPath(path: string): { path: string; uid?: string } {
  const run = isSameOrUnder(path, '/var/run') ? `/run${path.slice('/var/run'.length)}` : path;
  const uid = userRuntimeDir.exec(run)?.groups?.['uid'];
  if (uid === undefined) return { path: run };
  return { path: run.replace(userRuntimeDir, '/run/user/<uid>'), uid };
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

function posixSocketExposure(normalized: string): RuntimeSocketExposure | undefined {
  const { path, uid } = canonicalRunPath(normalized);
  const shown = (socket: string): string => (uid === undefined ? socket : socket.replace('<uid>', uid));
  const byName = socketNames[path.slice(path.lastIndexOf('/') + 1)];
  if (byName !== undefined) return { kind: 'socket', runtime: byName, socket: normalized };
  for (const socket of runtimeSockets) {
    if (socket.ownFolder && isSameOrUnder(path, folderOf(socket.path)))
      return { kind: 'runtime-folder', runtime: socket.runtime, socket: shown(socket.path) };
  }
  // The host root is the whole filesystem: the sensitive host path check reports it as such.
  if (path === '/') return undefined;
  for (const socket of runtimeSockets) {
    if (isAncestorOf(path, socket.path))
      return { kind: 'parent', runtime: socket.runtime, socket: shown(socket.path) };
  }
  return undefined;
}

/**
 * How a host path (as written: POSIX, or a Windows named pipe) exposes a container runtime API, if it does. A
 * read-only mount changes nothing: connecting to a socket is not a write.
 */
export function runtimeSocketExposure(hostPath: string): RuntimeSocketExposure | undefined {
  const pipe = windowsPipe.exec(hostPath.trim())?.groups?.['name'];
  if (pipe !== undefined) {
    const runtime = pipeRuntime(pipe);
    return runtime === undefined ? undefined : { kind: 'socket', runtime, socket: hostPath.trim() };
  }
  const normalized = normalizeHostPath(hostPath);
  return normalized === undefined ? undefined : posixSocketExposure(normalized);
}

interface SensitivePath {
  path: string;
  reason: string;
}

/** Host folders (and everything below them) that control the host, its kernel, or every container on it. */
const sensitivePaths: readonly SensitivePath[] = [
  { path: '/bin', reason: 'host programs' },
  { path: '/boot', reason: 'kernel images and boot configuration' },
  { path: '/dev', reason: 'host device nodes' },
  { path: '/etc', reason: 'host configuration, accounts and credentials' },
  { path: '/etc/containerd', reason: 'container runtime configuration' },
  { path: '/etc/cron.d', reason: 'jobs the host runs as root' },
  { path: '/etc/crontab', reason: 'jobs the host runs as root' },
  { path: '/etc/crio', reason: 'container runtime configuration' },
  { path: '/etc/docker', reason: 'container runtime configuration' },
  { path: '/etc/gshadow', reason: 'host group password hashes' },
  { path: '/etc/kubernetes', reason: 'cluster credentials, certificates and static pod manifests' },
  { path: '/etc/passwd', reason: 'host user accounts' },
  { path: '/etc/shadow', reason: 'host password hashes' },
  { path: '/etc/ssh', reason: 'SSH host keys and daemon configuration' },
  { path: '/etc/sudoers', reason: 'host sudo rules' },
  { path: '/etc/sudoers.d', reason: 'host sudo rules' },
  { path: '/etc/systemd', reason: 'services the host runs as root' },
  { path: '/lib', reason: 'host system libraries' },
  { path: '/lib64', reason: 'host system libraries' },
  { path: '/proc', reason: 'host processes and kernel parameters' },
  { path: '/root', reason: "the host root user's home (SSH keys, kubeconfig files)" },
  { path: '/sbin', reason: 'host system programs' },
  { path: '/sys', reason: 'kernel, cgroup and device controls' },
  { path: '/usr', reason: 'host programs and libraries' },
  { path: '/var/lib/containerd', reason: 'every container filesystem on the node' },
  { path: '/var/lib/containers', reason: 'every container filesystem on the node' },
  { path: '/var/lib/docker', reason: 'every container filesystem on the node' },
  { path: '/var/lib/etcd', reason: 'the etcd database, with every cluster Secret' },
  {
    path: '/var/lib/kubelet',
    reason: "kubelet state: every pod's volumes and service account tokens, kubelet credentials",
  },
];

const wholeHost: SensitivePath = { path: '/', reason: "the host's whole filesystem" };

/** Routine read-only mounts: clock, machine id, CA trust stores and kernel modules reveal nothing and change nothing. */
const harmlessWhenReadOnly: readonly string[] = [
  '/etc/localtime',
  '/etc/machine-id',
  '/etc/pki/ca-trust/extracted',
  '/etc/pki/tls/certs',
  '/etc/ssl/certs',
  '/etc/timezone',
  '/lib/modules',
  '/usr/lib/modules',
  '/usr/share/ca-certificates',
  '/usr/share/zoneinfo',
];

export interface SensitiveMatch {
  /** `is`: the mount is the sensitive path or lies inside it; `contains`: the mount is a folder above it. */
  kind: 'is' | 'contains';
  sensitive: string;
  reason: string;
}

/**
 * The most specific sensitive path a normalised host path is, lies in, or contains. Runtime sockets and their
 * folders are left to the runtime socket checks; read-only clock and trust-store mounts are fine.
 */
export function findSensitiveHostPath(normalized: string, readOnly: boolean): SensitiveMatch | undefined {
  if (runtimeSocketExposure(normalized) !== undefined) return undefined;
  if (normalized === '/') return { kind: 'is', sensitive: wholeHost.path, reason: wholeHost.reason };
  if (readOnly && harmlessWhenReadOnly.some((allowed) => isSameOrUnder(normalized, allowed)))
    return undefined;
  let best: SensitivePath | undefined;
  for (const entry of sensitivePaths) {
    if (isSameOrUnder(normalized, entry.path) && (best === undefined || entry.path.length > best.path.length))
      best = entry;
  }
  if (best !== undefined) return { kind: 'is', sensitive: best.path, reason: best.reason };
  const inside = sensitivePaths.find((entry) => isAncestorOf(normalized, entry.path));
  return inside === undefined
    ? undefined
    : { kind: 'contains', sensitive: inside.path, reason: inside.reason };
}

/**
 * One grading for pods and compose services: the whole host root mounted writable is critical; any other sensitive
 * mount is high, read-only included, since reading host credentials is often all an attacker needs.
 */
export function sensitiveMountSeverity(match: SensitiveMatch, readOnly: boolean): Severity {
  return match.sensitive === wholeHost.path && !readOnly ? 'critical' : 'high';
}
