import type { Resource } from '../../core/index.js';

/** What a file on the node is to the rules; one file can play several roles. */
export const nodeFileRoles = [
  'kubelet-service',
  'kubelet-kubeconfig',
  'kubelet-config',
  'kubelet-client-ca',
  'proxy-kubeconfig',
  'control-plane-manifest',
  'control-plane-kubeconfig',
  'kubernetes-pki-directory',
  'kubernetes-pki-certificate',
  'kubernetes-pki-key',
  'containerd-config',
  'containerd-socket',
  'docker-service',
  'docker-socket-unit',
  'docker-config-directory',
  'docker-registry-certificate',
  'docker-tls-ca',
  'docker-tls-certificate',
  'docker-tls-key',
  'docker-socket',
  'docker-daemon-json',
  'docker-default',
  'docker-sysconfig',
] as const;
export type NodeFileRole = (typeof nodeFileRoles)[number];

export type NodeFileType = 'file' | 'directory' | 'socket' | 'fifo' | 'block-device' | 'character-device';

/** One existing file as observed, after symlinks were resolved inside the root. */
export interface NodeFile {
  /** The path on the node as asked for (`/etc/kubernetes/kubelet.conf`), never the folder on this machine. */
  path: string;
  /** The node path it resolved to when a symlink was on the way. */
  realPath?: string;
  type: NodeFileType;
  /** Permission and special bits (`0o640`, `0o4755`). */
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** Only for files hashed for the integrity baseline. */
  sha256?: string;
  roles: readonly NodeFileRole[];
}

/** How a file differs from the integrity baseline. */
export type IntegrityChange =
  | { change: 'content'; path: string; expected: string; actual: string }
  | { change: 'mode'; path: string; expected: number; actual: number }
  | { change: 'added'; path: string; actual: string }
  | { change: 'removed'; path: string; expected: string };

export type Observation<T> = { observed: true; value: T } | { observed: false };

export interface MandatoryAccessControl {
  /** The active LSMs in load order (`lockdown,capability,yama,apparmor`), when the kernel lists them. */
  lsms?: readonly string[];
  apparmor?: { enabled: boolean; profiles?: number };
  selinux?: { enforcing: boolean };
}

export type BootFacts = { firmware: 'legacy' } | { firmware: 'uefi'; secureBoot: boolean | undefined };

/** What `bulwark node` observed on a node's root file system (or a folder laid out like one). */
export interface NodeView {
  resource: Resource;
  /** Existing files that play a role, sorted by path. Missing files are simply absent. */
  files: readonly NodeFile[];
  /** Group ids by name from `/etc/group` (the `docker` group owns the Docker socket). */
  groups: Readonly<Record<string, number>>;
  /** Kernel parameters read under `/proc/sys`, by dotted name; a name is absent when this kernel has no such knob. */
  sysctls: Observation<Readonly<Record<string, string>>>;
  mandatoryAccessControl: Observation<MandatoryAccessControl>;
  seccomp: Observation<boolean>;
  boot: Observation<BootFacts>;
  tpm: Observation<boolean>;
  components: { kubelet: boolean; docker: boolean; containerd: boolean };
  /** Mount points from `/proc/mounts`, and the Docker data root they are judged against. */
  mounts: Observation<readonly string[]>;
  dockerDataRoot: string;
  /** Differences from `--baseline`; absent when no baseline was given. */
  integrity?: readonly IntegrityChange[];
}

export function filesWithRole(view: Pick<NodeView, 'files'>, role: NodeFileRole): NodeFile[] {
  return view.files.filter((file) => file.roles.includes(role));
}
