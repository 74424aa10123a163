import type { ImageSummary, LayerRef, Resource, VulnerabilityMatch } from '../../core/index.js';

/** The parts of an OCI / Docker image config that rules read (`config` of the image config JSON). */
export interface ImageRuntimeConfig {
  user?: string;
  env: readonly string[];
  exposedPorts: readonly string[];
  entrypoint?: readonly string[];
  cmd?: readonly string[];
  workingDir?: string;
  labels: Readonly<Record<string, string>>;
  /** `Healthcheck.Test`; `['NONE']` means explicitly disabled, absent means none was set. */
  healthcheck?: readonly string[];
}

/** One `history` entry of the image config, joined with the layer it produced (none for empty layers). */
export interface ImageHistoryEntry {
  index: number;
  createdBy: string;
  emptyLayer: boolean;
  layer?: LayerRef;
}

/** One file-system entry that matters to a rule, as a layer recorded it. */
export interface ImageFileEntry {
  path: string;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';
  mode: number;
  uid: number;
  gid: number;
  size: number;
  layer: LayerRef;
  /** True when a later layer deleted or replaced it: it is absent from the final file view but still shipped. */
  fossil: boolean;
}

/** A secret found in a file of some layer. The value is already masked. */
export interface ImageSecretHit {
  path: string;
  line: number;
  /** What kind of secret (`AWS access key`, `private key`); from the shared secret engine. */
  kind: string;
  masked: string;
  layer: LayerRef;
  fossil: boolean;
}

/** Text of a small file the rules parse (`/etc/passwd`, `/etc/shadow`, `/etc/group`) as the final view has it. */
export interface ImageTextFile {
  path: string;
  text: string;
  layer: LayerRef;
}

/** Facts the layer walk collected for rules; each list is sorted by path, then layer order. */
export interface ImageFileFacts {
  /** setuid / setgid regular files. */
  setuidFiles: readonly ImageFileEntry[];
  /** World-writable files and directories (sticky directories such as /tmp excluded by the rule, not here). */
  worldWritable: readonly ImageFileEntry[];
  secrets: readonly ImageSecretHit[];
  /** Package-manager caches and download leftovers (`/var/cache/apt/archives/*.deb`, `/root/.npm`, ...). */
  caches: readonly ImageFileEntry[];
  /** `.git` directories. */
  gitDirectories: readonly ImageFileEntry[];
  /** Final-view text of account files, keyed by path. */
  accountFiles: Readonly<Record<string, ImageTextFile>>;
}

/** No file facts: an SBOM scan, or a test that sets only some of them. */
export const emptyImageFileFacts: ImageFileFacts = {
  setuidFiles: [],
  worldWritable: [],
  secrets: [],
  caches: [],
  gitDirectories: [],
  accountFiles: {},
};

/** The typed view image rules receive: config, history, layer facts and matched vulnerabilities. */
export interface ImageView {
  resource: Resource<ImageSummary>;
  image: ImageSummary;
  config: ImageRuntimeConfig;
  history: readonly ImageHistoryEntry[];
  files: ImageFileFacts;
  /** Vulnerabilities matched by the engine before rules run; empty when matching was not asked for. */
  vulnerabilities: readonly VulnerabilityMatch[];
}
