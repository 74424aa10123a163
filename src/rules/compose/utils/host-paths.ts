import path from 'node:path';
import type { ComposeVolumeView } from '../../../sources/index.js';

// `${DOCKER_SOCK:-/var/run/docker.sock}`: the fallback is what runs when the variable is unset.
const interpolatedFallback = /^\$\{\w+:?-(?<fallback>[^}]*)\}(?<rest>.*)$/;

/** The host side of a bind mount as a normalised absolute path; undefined for named volumes and unknown paths. */
export function hostPathOf(volume: ComposeVolumeView): string | undefined {
  if (volume.type !== 'bind' || volume.source === undefined) return undefined;
  const groups = interpolatedFallback.exec(volume.source)?.groups;
  const source = groups === undefined ? volume.source : `${groups['fallback'] ?? ''}${groups['rest'] ?? ''}`;
  if (!source.startsWith('/') || source.includes('$')) return undefined;
  const normalized = path.posix.normalize(source);
  return normalized.length > 1 ? normalized.replace(/\/+$/, '') : normalized;
}

export function isSameOrUnder(candidate: string, root: string): boolean {
  if (root === '/') return true;
  return candidate === root || candidate.startsWith(`${root}/`);
}

const socketFile = /\/(?:docker|containerd|crio|podman|dockershim|cri-dockerd)\.sock$/;
// Folders that hold a runtime socket: mounting them hands the socket over as well.
const socketFolders = [
  '/run',
  '/var/run',
  '/run/containerd',
  '/var/run/containerd',
  '/run/crio',
  '/var/run/crio',
  '/run/podman',
  '/var/run/podman',
];
const windowsPipe = /^(?:\\\\|\/\/)\.[\\/]pipe[\\/](?:docker_engine|containerd-containerd)$/i;

export type RuntimeSocketMount = { kind: 'socket' | 'folder'; source: string };

/** A mount that gives the container the Docker, containerd, CRI-O or Podman API. */
export function runtimeSocketOf(volume: ComposeVolumeView): RuntimeSocketMount | undefined {
  const raw = volume.source?.trim();
  if (raw !== undefined && windowsPipe.test(raw)) return { kind: 'socket', source: raw };
  const hostPath = hostPathOf(volume);
  if (hostPath === undefined) return undefined;
  if (socketFile.test(hostPath)) return { kind: 'socket', source: hostPath };
  if (socketFolders.includes(hostPath)) return { kind: 'folder', source: hostPath };
  return undefined;
}

/** Host folders whose content controls the host, its kernel, or every container on it. */
const sensitiveRoots = [
  '/etc',
  '/root',
  '/proc',
  '/sys',
  '/boot',
  '/dev',
  '/lib',
  '/lib64',
  '/usr',
  '/bin',
  '/sbin',
  '/var/lib/docker',
  '/var/lib/containerd',
  '/var/lib/kubelet',
];

// Shared read-only for clock and trust store; they reveal nothing and change nothing.
const harmlessWhenReadOnly = [
  '/etc/localtime',
  '/etc/timezone',
  '/etc/machine-id',
  '/etc/ssl/certs',
  '/etc/pki/ca-trust/extracted',
  '/usr/share/zoneinfo',
  '/usr/share/ca-certificates',
];

/** The sensitive root a host path is (or is under): `/` only when the whole host filesystem is mounted. */
export function sensitiveRootOf(hostPath: string, readOnly: boolean): string | undefined {
  if (hostPath === '/') return '/';
  if (readOnly && harmlessWhenReadOnly.some((allowed) => isSameOrUnder(hostPath, allowed))) return undefined;
  return sensitiveRoots.find((root) => isSameOrUnder(hostPath, root));
}
