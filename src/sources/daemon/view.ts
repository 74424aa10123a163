import type { FieldPath, PlainData, Resource } from '../../core/index.js';

/** Where one daemon setting was written: a key of `daemon.json` (with its line) or a dockerd command-line flag. */
export interface DaemonSettingOrigin {
  source: 'file' | 'flag';
  /** `daemon.json` path or `dockerd` (for flags). */
  file: string;
  /**
   * The key's line in daemon.json. For a flag, always 1: the command line is read as one line of text, the
   * arguments joined by single spaces (as `ps` shows them), and `column` says where the flag starts.
   */
  line?: number;
  column?: number;
  /** The daemon.json key path the setting fills (`['icc']`, `['hosts']`). */
  path: FieldPath;
  /** For a flag: the argument as written (`--icc=false`, `-H tcp://0.0.0.0:2376`). */
  flag?: string;
}

/**
 * The Docker daemon's configuration as rules judge it: `daemon.json` keys, and on a live host the dockerd flags
 * mapped onto the same keys (a flag and a key for one setting are one setting).
 */
export interface DockerDaemonView {
  resource: Resource;
  /** Effective settings by daemon.json key (`icc`, `userns-remap`, `hosts`, `log-opts`, ...); omitted = default. */
  settings: Readonly<Record<string, PlainData>>;
  /** Where each key of `settings` was set. */
  origins: Readonly<Record<string, DaemonSettingOrigin>>;
  /** True when read from a running daemon (flags known); false for a `daemon.json` file alone. */
  live: boolean;
}
