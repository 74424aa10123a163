import type { FieldPath, PlainData } from '../../core/index.js';
import { formatPath } from '../../core/index.js';
import type { FlagOccurrence } from './argv.js';
import { scanDockerdArgv } from './argv.js';
import type { FlagContribution } from './flag-values.js';
import { flagContribution } from './flag-values.js';
import { defaultDaemonJsonPath } from './flags.js';
import { daemonView, parseDaemonJson } from './parse-json.js';
import { daemonJsonKeys, isDaemonJsonKey } from './schema.js';
import type { DaemonInputError, DaemonParse, DaemonPlacement, PlaceDaemonPath } from './place.js';
import type { DaemonSettingOrigin } from './view.js';

/** The name findings and errors about dockerd's command line carry as their file. */
export const dockerdCommandFile = 'dockerd';

/** One item (list index or map key) of a setting and the flag occurrence that wrote it. */
interface ItemOrigin {
  item: string | number;
  occurrence: FlagOccurrence;
}

interface FlagSettings {
  settings: Record<string, PlainData>;
  origins: Record<string, DaemonSettingOrigin>;
  /** The flag each key is placed at (the last for a scalar, the first for a list or map). */
  keyFlag: Map<string, FlagOccurrence>;
  items: Map<string, ItemOrigin[]>;
}

function isList(value: PlainData | undefined): value is readonly PlainData[] {
  return Array.isArray(value);
}

function isRecord(value: PlainData | undefined): value is Readonly<Record<string, PlainData>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeEntries(
  current: PlainData | undefined,
  entries: Readonly<Record<string, PlainData>>,
): Record<string, PlainData> {
  const merged: Record<string, PlainData> = isRecord(current) ? { ...current } : {};
  for (const [name, value] of Object.entries(entries)) {
    const existing = merged[name];
    // `--default-network-opt` adds one option to a driver's map; the driver's other options stay.
    merged[name] = isRecord(existing) && isRecord(value) ? { ...existing, ...value } : value;
  }
  return merged;
}

function apply(state: FlagSettings, key: string, occurrence: FlagOccurrence, change: FlagContribution): void {
  const current = state.settings[key];
  const items = state.items.get(key) ?? [];
  if (change.mode === 'replace') state.settings[key] = change.value;
  else if (change.mode === 'append') {
    const list = isList(current) ? [...current] : [];
    items.push({ item: list.length, occurrence });
    state.settings[key] = [...list, change.item];
  } else {
    for (const name of Object.keys(change.entries)) items.push({ item: name, occurrence });
    state.settings[key] = mergeEntries(current, change.entries);
  }
  state.items.set(key, items);
  // A repeated scalar flag: the last one wins, as in pflag; a list or map is placed at its first flag.
  if (!state.keyFlag.has(key) || change.mode === 'replace') {
    state.keyFlag.set(key, occurrence);
    state.origins[key] = {
      source: 'flag',
      file: dockerdCommandFile,
      line: 1,
      column: occurrence.column,
      path: [key],
      flag: occurrence.text,
    };
  }
}

function readFlags(occurrences: readonly FlagOccurrence[], errors: DaemonInputError[]): FlagSettings {
  const state: FlagSettings = { settings: {}, origins: {}, keyFlag: new Map(), items: new Map() };
  for (const occurrence of occurrences) {
    const { key } = occurrence.flag;
    if (key === undefined) continue;
    const change = flagContribution(occurrence);
    if (change === undefined) {
      errors.push({
        file: dockerdCommandFile,
        line: 1,
        column: occurrence.column,
        message: `invalid value "${occurrence.value}" for dockerd flag --${occurrence.flag.name}`,
      });
      continue;
    }
    apply(state, key, occurrence, change);
  }
  const invalid = invalidKeys(state, errors);
  const kept = ([key]: [string, unknown]): boolean => !invalid.has(key);
  return {
    ...state,
    settings: Object.fromEntries(Object.entries(state.settings).filter(kept)),
    origins: Object.fromEntries(Object.entries(state.origins).filter(kept)),
  };
}

/** Flag values meet the same checks as daemon.json values (`--log-level=verbose` is refused like the key). */
function invalidKeys(state: FlagSettings, errors: DaemonInputError[]): Set<string> {
  const invalid = new Set<string>();
  for (const [key, value] of Object.entries(state.settings)) {
    const occurrence = state.keyFlag.get(key);
    if (!isDaemonJsonKey(key) || occurrence === undefined) continue;
    const checked = daemonJsonKeys[key].safeParse(value);
    if (checked.success) continue;
    const reason = checked.error.issues[0]?.message ?? 'invalid value';
    errors.push({
      file: dockerdCommandFile,
      line: 1,
      column: occurrence.column,
      message: `invalid value for dockerd flag ${occurrence.text}: ${reason}`,
    });
    invalid.add(key);
  }
  return invalid;
}

/** daemon.json keys as dockerd compares them with flags: objects of grouping keys (`proxies`) are flattened. */
function fileKeysOf(settings: Readonly<Record<string, PlainData>>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(settings)) {
    keys.set(key, key);
    if (key === 'proxies' && isRecord(value)) for (const inner of Object.keys(value)) keys.set(inner, key);
  }
  return keys;
}

// dockerd merges runtimes from both places instead of refusing them.
const mergedFromBoth = new Set(['runtimes']);

function conflicts(
  occurrences: readonly FlagOccurrence[],
  fileSettings: Readonly<Record<string, PlainData>>,
  fileOrigins: Readonly<Record<string, DaemonSettingOrigin>>,
): DaemonInputError[] {
  const fileKeys = fileKeysOf(fileSettings);
  const errors: DaemonInputError[] = [];
  for (const occurrence of occurrences) {
    const { key, alsoConflictsWith = [] } = occurrence.flag;
    if (key === undefined || mergedFromBoth.has(key)) continue;
    for (const candidate of [key, ...alsoConflictsWith]) {
      const topKey = fileKeys.get(candidate);
      if (topKey === undefined) continue;
      const origin = fileOrigins[topKey];
      errors.push({
        file: dockerdCommandFile,
        line: 1,
        column: occurrence.column,
        message:
          `${occurrence.text} sets "${candidate}", which ${origin?.file ?? 'daemon.json'} also sets` +
          `${origin?.line === undefined ? '' : ` (line ${origin.line})`}: dockerd refuses to start when a ` +
          'setting is given both as a flag and in the configuration file',
      });
      break;
    }
  }
  return errors;
}

function flagPlacement(path: FieldPath, occurrence: FlagOccurrence, exact: boolean): DaemonPlacement {
  return {
    file: dockerdCommandFile,
    line: 1,
    column: occurrence.column,
    range: { startLine: 1, startColumn: occurrence.column, endLine: 1, endColumn: occurrence.endColumn },
    path: formatPath(path),
    exact,
    flag: occurrence.text,
  };
}

function commandStart(path: FieldPath): DaemonPlacement {
  return {
    file: dockerdCommandFile,
    line: 1,
    column: 1,
    range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    path: formatPath(path),
    exact: false,
  };
}

function livePlacer(
  flags: FlagSettings,
  origins: Readonly<Record<string, DaemonSettingOrigin>>,
  filePlace: PlaceDaemonPath | undefined,
): PlaceDaemonPath {
  return (path) => {
    const key = path[0];
    const occurrence = typeof key === 'string' ? flags.keyFlag.get(key) : undefined;
    if (typeof key === 'string' && occurrence !== undefined && origins[key]?.source === 'flag') {
      const item = path[1];
      // The last flag that wrote a map key is the one whose value stands.
      const owner = [...(flags.items.get(key) ?? [])].reverse().find((entry) => entry.item === item);
      return flagPlacement(path, owner?.occurrence ?? occurrence, path.length === 1 || owner !== undefined);
    }
    return filePlace === undefined ? commandStart(path) : filePlace(path);
  };
}

/**
 * The configuration of a running dockerd: its command line (as read from /proc/PID/cmdline) mapped onto
 * daemon.json keys, merged with the daemon.json it reads when given. A setting in both places, an unknown flag or
 * a value dockerd would refuse is an error naming the flag; everything else still lands in the view.
 */
export function daemonViewFromFlags(
  argv: readonly string[],
  daemonJson?: { text: string; file: string },
): DaemonParse {
  const scanned = scanDockerdArgv(argv);
  const errors: DaemonInputError[] = scanned.errors.map((error) => ({ file: dockerdCommandFile, ...error }));
  const flags = readFlags(scanned.occurrences, errors);
  const file = daemonJson === undefined ? undefined : parseDaemonJson(daemonJson.text, daemonJson.file);
  const fileSettings = file?.view?.settings ?? {};
  const fileOrigins = file?.view?.origins ?? {};
  errors.push(...(file?.errors ?? []), ...conflicts(scanned.occurrences, fileSettings, fileOrigins));
  const settings: Record<string, PlainData> = { ...fileSettings };
  const origins: Record<string, DaemonSettingOrigin> = { ...fileOrigins };
  for (const [key, value] of Object.entries(flags.settings)) {
    const fromFile = settings[key];
    if (key === 'runtimes' && isRecord(fromFile) && isRecord(value)) {
      settings[key] = { ...fromFile, ...value };
      continue;
    }
    settings[key] = value;
    const origin = flags.origins[key];
    if (origin !== undefined) origins[key] = origin;
  }
  return {
    view: daemonView(dockerdCommandFile, settings, origins, true),
    errors,
    place: livePlacer(flags, origins, file?.place),
  };
}

/** The daemon.json a dockerd command line reads: `--config-file`, else the default path. */
export function daemonJsonPathOf(argv: readonly string[]): string {
  let path = defaultDaemonJsonPath;
  for (const occurrence of scanDockerdArgv(argv).occurrences)
    if (occurrence.flag.name === 'config-file') path = occurrence.value;
  return path;
}
