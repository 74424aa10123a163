import type { FieldPath, Range } from '../../core/index.js';
import type { ParseError } from '../shared/parse-result.js';
import type { DockerDaemonView } from './view.js';

/** Where a daemon setting (or the place it would go, when omitted) is written. */
export interface DaemonPlacement {
  /** The daemon.json path, or `dockerd` for a command-line flag. */
  file: string;
  line: number;
  column: number;
  range: Range;
  /** The dotted field path (`hosts[1]`, `log-opts.max-size`). */
  path: string;
  /** False when the setting is omitted and the placement is the file's start (or the command's start). */
  exact: boolean;
  /** For a flag: the argument as written. */
  flag?: string;
}

/** An input error with the file it is in: a daemon.json, or `dockerd` for the command line (line 1). */
export interface DaemonInputError extends ParseError {
  file: string;
}

export type PlaceDaemonPath = (path: FieldPath) => DaemonPlacement;

/** What reading a daemon configuration yields: the view (absent when nothing could be read), errors, a placer. */
export interface DaemonParse {
  view?: DockerDaemonView;
  errors: DaemonInputError[];
  place: PlaceDaemonPath;
}
