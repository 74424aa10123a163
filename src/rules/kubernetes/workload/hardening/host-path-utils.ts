/**
 * Host paths are compared after the node would resolve them: `//`, `.`, `..` and trailing slashes are folded, so
 * `/etc/../var/run/` is judged as `/var/run`. Symlinks on the node cannot be seen from a manifest.
 */
export function normalizeHostPath(path: string): string | undefined {
  const trimmed = path.trim();
  // Windows nodes (`C:\…`) and relative paths are outside what these checks know about.
  if (!trimmed.startsWith('/')) return undefined;
  const parts: string[] = [];
  for (const segment of trimmed.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return `/${parts.join('/')}`;
}

function isWithin(path: string, folder: string): boolean {
  return folder === '/' ? true : path === folder || path.startsWith(`${folder}/`);
}

/** A proper ancestor folder of `path` (the root counts). */
function isAncestorOf(folder: string, path: string): boolean {
  return folder !== path && isWithin(path, folder);
}

interface RuntimeSocket {
  path: string;
  runtime: string;
}

// Listed in their `/run` form: on current distributions `/var/run` is a link to `/run`.
const runtimeSockets: readonly RuntimeSocket[] = [
  { path: '/run/docker.sock', runtime: 'Docker' },
  { path: '/run/containerd/containerd.sock', runtime: 'containerd' },
  { path: '/run/k3s/containerd/containerd.sock', runtime: 'containerd' },
  { path: '/run/crio/crio.sock', runtime: 'CRI-O' },
  { path: '/run/cri-dockerd.sock', runtime: 'cri-dockerd' },
  { path: '/run/dockershim.sock', runtime: 'dockershim' },
  { path: '/run/podman/podman.sock', runtime: 'Podman' },
];

// A socket file of these names is a runtime API wherever it lives (rootless `/run/user/1000/docker.sock`, …).
const socketNames: Readonly<Record<string, string>> = {
  'docker.sock': 'Docker',
  'containerd.sock': 'containerd',
  'crio.sock': 'CRI-O',
  'podman.sock': 'Podman',
  'cri-dockerd.sock': 'cri-dockerd',
  'dockershim.sock': 'dockershim',
};

export interface RuntimeSocketExposure {
  /** `socket`: the socket itself; `runtime-folder`: the runtime's own folder; `parent`: a folder above sockets. */
  kind: 'socket' | 'runtime-folder' | 'parent';
  runtime: string;
  socket: string;
}

function asRunPath(path: string): string {
  return isWithin(path, '/var/run') ? `/run${path.slice('/var/run'.length)}` : path;
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

/**
 * How a normalised host path exposes a container runtime socket, if it does. The host root is left to the
 * sensitive host path check, which reports it as the whole filesystem.
 */
export function runtimeSocketExposure(normalized: string): RuntimeSocketExposure | undefined {
  const path = asRunPath(normalized);
  const name = path.slice(path.lastIndexOf('/') + 1);
  const byName = socketNames[name];
  if (byName !== undefined) return { kind: 'socket', runtime: byName, socket: normalized };
  for (const socket of runtimeSockets) {
    const folder = folderOf(socket.path);
    if (folder !== '/run' && isWithin(path, folder))
      return { kind: 'runtime-folder', runtime: socket.runtime, socket: socket.path };
  }
  if (path === '/') return undefined;
  for (const socket of runtimeSockets) {
    if (isAncestorOf(path, socket.path))
      return { kind: 'parent', runtime: socket.runtime, socket: socket.path };
  }
  return undefined;
}

interface SensitivePath {
  path: string;
  /** Whether everything below the path is as sensitive as the path itself. */
  subtree: boolean;
  reason: string;
}

// Only sub-paths that matter: `/etc/ssl/certs` or `/etc/localtime` are routine read-only mounts.
const sensitivePaths: readonly SensitivePath[] = [
  { path: '/', subtree: false, reason: "the host's whole filesystem" },
  { path: '/boot', subtree: true, reason: 'kernel images and boot configuration' },
  { path: '/dev', subtree: false, reason: 'every host device node' },
  { path: '/etc', subtree: false, reason: 'host configuration, accounts and credentials' },
  {
    path: '/etc/kubernetes',
    subtree: true,
    reason: 'cluster credentials, certificates and static pod manifests',
  },
  { path: '/etc/shadow', subtree: false, reason: 'host password hashes' },
  { path: '/etc/gshadow', subtree: false, reason: 'host group password hashes' },
  { path: '/etc/passwd', subtree: false, reason: 'host user accounts' },
  { path: '/etc/sudoers', subtree: false, reason: 'host sudo rules' },
  { path: '/etc/sudoers.d', subtree: true, reason: 'host sudo rules' },
  { path: '/etc/ssh', subtree: true, reason: 'SSH host keys and daemon configuration' },
  { path: '/etc/crontab', subtree: false, reason: 'jobs the host runs as root' },
  { path: '/etc/cron.d', subtree: true, reason: 'jobs the host runs as root' },
  { path: '/etc/systemd', subtree: true, reason: 'services the host runs as root' },
  { path: '/etc/docker', subtree: true, reason: 'container runtime configuration' },
  { path: '/etc/containerd', subtree: true, reason: 'container runtime configuration' },
  { path: '/etc/crio', subtree: true, reason: 'container runtime configuration' },
  { path: '/lib', subtree: false, reason: 'host system libraries' },
  { path: '/usr', subtree: false, reason: 'host programs and libraries' },
  { path: '/proc', subtree: true, reason: 'host processes and kernel parameters' },
  { path: '/sys', subtree: true, reason: 'kernel, cgroup and device controls' },
  { path: '/root', subtree: true, reason: "the host root user's home (SSH keys, kubeconfig files)" },
  {
    path: '/var/lib/kubelet',
    subtree: true,
    reason: "kubelet state: every pod's volumes and service account tokens, kubelet credentials",
  },
  { path: '/var/lib/docker', subtree: true, reason: 'every container filesystem on the node' },
  { path: '/var/lib/containerd', subtree: true, reason: 'every container filesystem on the node' },
  { path: '/var/lib/etcd', subtree: true, reason: 'the etcd database, with every cluster Secret' },
];

export interface SensitiveMatch {
  /** `is`: the mount is the sensitive path or sits inside it; `contains`: the mount is a folder above it. */
  kind: 'is' | 'contains';
  sensitive: string;
  reason: string;
}

/** The most specific sensitive path a normalised host path is, sits in, or contains. */
export function findSensitiveHostPath(normalized: string): SensitiveMatch | undefined {
  let best: SensitivePath | undefined;
  for (const entry of sensitivePaths) {
    const hit = normalized === entry.path || (entry.subtree && isAncestorOf(entry.path, normalized));
    if (hit && (best === undefined || entry.path.length > best.path.length)) best = entry;
  }
  if (best !== undefined) return { kind: 'is', sensitive: best.path, reason: best.reason };
  for (const entry of sensitivePaths) {
    if (isAncestorOf(normalized, entry.path))
      return { kind: 'contains', sensitive: entry.path, reason: entry.reason };
  }
  return undefined;
}
