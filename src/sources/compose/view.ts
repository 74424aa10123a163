import type { FieldPath, Resource } from '../../core/index.js';
import type { ComposeFlag, ComposeService } from './schema.js';

export interface ComposeVolumeView {
  /** Host path or named volume; undefined for anonymous volumes. */
  source?: string;
  target: string;
  /** `unknown` when an environment variable without a default decides. */
  readOnly: ComposeFlag;
  /** `bind` when the source is a host path. */
  type: 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'other';
  path: FieldPath;
}

export interface ComposePortView {
  hostIp?: string;
  published?: string;
  target: string;
  protocol: string;
  path: FieldPath;
}

export interface ComposeEnvironmentEntry {
  name: string;
  value?: string;
  path: FieldPath;
}

/** One compose service with its list-or-map and short-or-long fields normalised; paths are from the file root. */
export interface ComposeServiceView {
  resource: Resource<ComposeService>;
  name: string;
  service: ComposeService;
  path: FieldPath;
  volumes: readonly ComposeVolumeView[];
  ports: readonly ComposePortView[];
  environment: readonly ComposeEnvironmentEntry[];
}
