import type { LayerEntry } from '../../../sources/index.js';

/** What a layer recorded about one file-system entry. */
export type FileFact = Pick<LayerEntry, 'path' | 'type' | 'mode' | 'uid' | 'gid' | 'size'>;

/** A secret the shared engine found in one file of the layer; the value is already masked. */
export interface SecretFact {
  path: string;
  line: number;
  kind: string;
  masked: string;
}

/** Files one package manager left under its cache folder in this layer. */
export interface CacheFact {
  /** The cache folder (`/var/cache/apt/archives`). */
  root: string;
  /** The folder's own entry when this layer wrote it, for its owner and mode. */
  directory?: FileFact;
  fileCount: number;
  bytes: number;
  /** Up to `cacheSampleLimit` of the files, enough to tell whether a later layer removed the cache. */
  sample: string[];
}

/** Everything the file-facts inspection collects from one layer. */
export interface LayerFacts {
  setuidFiles: FileFact[];
  worldWritable: FileFact[];
  secrets: SecretFact[];
  caches: CacheFact[];
  gitDirectories: FileFact[];
  /** Text of `/etc/passwd`, `/etc/shadow` and `/etc/group` as this layer wrote them, capped. */
  accountFiles: Record<string, string>;
}

export function toFileFact(entry: LayerEntry): FileFact {
  return {
    path: entry.path,
    type: entry.type,
    mode: entry.mode,
    uid: entry.uid,
    gid: entry.gid,
    size: entry.size,
  };
}
