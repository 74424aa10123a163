import type { ParseError } from '../shared/parse-result.js';
import type { ResolvedFlag } from './flags.js';
import { flagByName, flagByShorthand } from './flags.js';

/** One flag as dockerd's parser (pflag) reads it from the command line. */
export interface FlagOccurrence {
  flag: ResolvedFlag;
  /** The value as written; a bool flag without `=value` reads `true`. */
  value: string;
  /** The argument(s) as written: `--icc=false`, `-H tcp://0.0.0.0:2376`. */
  text: string;
  /** 1-based columns in the command line read as one line (arguments joined by single spaces). */
  column: number;
  endColumn: number;
}

export interface ScannedArgv {
  occurrences: FlagOccurrence[];
  errors: ParseError[];
}

interface Cursor {
  argv: readonly string[];
  columns: readonly number[];
  index: number;
}

function columnsOf(argv: readonly string[]): number[] {
  const columns: number[] = [];
  let column = 1;
  for (const arg of argv) {
    columns.push(column);
    column += arg.length + 1;
  }
  return columns;
}

function occurrence(cursor: Cursor, flag: ResolvedFlag, value: string, spansNext: boolean): FlagOccurrence {
  const last = spansNext ? cursor.index + 1 : cursor.index;
  const text = cursor.argv.slice(cursor.index, last + 1).join(' ');
  const column = cursor.columns[cursor.index] ?? 1;
  return { flag, value, text, column, endColumn: column + text.length };
}

function errorAt(cursor: Cursor, message: string): ParseError {
  return { line: 1, column: cursor.columns[cursor.index] ?? 1, message };
}

/** `--name`, `--name=value`, `--name value`; returns how many arguments it used. */
function readLong(cursor: Cursor, out: ScannedArgv): number {
  const arg = cursor.argv[cursor.index] ?? '';
  const body = arg.slice(2);
  const equals = body.indexOf('=');
  const name = equals === -1 ? body : body.slice(0, equals);
  const flag = flagByName(name);
  if (flag === undefined) {
    out.errors.push(errorAt(cursor, `unknown dockerd flag: --${name}`));
    return 1;
  }
  if (equals !== -1) {
    out.occurrences.push(occurrence(cursor, flag, body.slice(equals + 1), false));
    return 1;
  }
  if (flag.kind === 'bool') {
    out.occurrences.push(occurrence(cursor, flag, 'true', false));
    return 1;
  }
  const next = cursor.argv[cursor.index + 1];
  if (next === undefined) {
    out.errors.push(errorAt(cursor, `dockerd flag needs an argument: --${name}`));
    return 1;
  }
  out.occurrences.push(occurrence(cursor, flag, next, true));
  return 2;
}

/** `-D`, `-H value`, `-Hvalue`, `-H=value`, and grouped bool shorthands (`-Dr`). */
function readShort(cursor: Cursor, out: ScannedArgv): number {
  const arg = cursor.argv[cursor.index] ?? '';
  const letters = arg.slice(1);
  for (let at = 0; at < letters.length; at += 1) {
    const letter = letters.charAt(at);
    const flag = flagByShorthand(letter);
    if (flag === undefined) {
      out.errors.push(errorAt(cursor, `unknown dockerd shorthand flag: '${letter}' in ${arg}`));
      return 1;
    }
    const rest = letters.slice(at + 1);
    if (rest.startsWith('=')) {
      out.occurrences.push(occurrence(cursor, flag, rest.slice(1), false));
      return 1;
    }
    if (flag.kind === 'bool') {
      out.occurrences.push(occurrence(cursor, flag, 'true', false));
      continue;
    }
    if (rest !== '') {
      out.occurrences.push(occurrence(cursor, flag, rest, false));
      return 1;
    }
    const next = cursor.argv[cursor.index + 1];
    if (next === undefined) {
      out.errors.push(errorAt(cursor, `dockerd flag needs an argument: -${letter}`));
      return 1;
    }
    out.occurrences.push(occurrence(cursor, flag, next, true));
    return 2;
  }
  return 1;
}

/**
 * Reads dockerd's command line (argv[0] is the program when it is not a flag). Unknown flags, missing values and
 * positional arguments (dockerd takes none) are errors on line 1 at the argument's column.
 */
export function scanDockerdArgv(argv: readonly string[]): ScannedArgv {
  const out: ScannedArgv = { occurrences: [], errors: [] };
  const cursor: Cursor = { argv, columns: columnsOf(argv), index: 0 };
  const first = argv[0];
  if (first !== undefined && !first.startsWith('-')) cursor.index = 1;
  let flagsEnded = false;
  while (cursor.index < argv.length) {
    const arg = argv[cursor.index] ?? '';
    if (!flagsEnded && arg === '--') {
      flagsEnded = true;
      cursor.index += 1;
    } else if (flagsEnded || arg === '-' || !arg.startsWith('-')) {
      out.errors.push(errorAt(cursor, `dockerd takes no positional arguments: "${arg}"`));
      cursor.index += 1;
    } else {
      cursor.index += arg.startsWith('--') ? readLong(cursor, out) : readShort(cursor, out);
    }
  }
  return out;
}
