import type { ParseError } from '../../shared/parse-result.js';
import { wordValue } from './find-run.js';
import type { RunFlag } from './run-flags.js';
import { longFlag, shortFlag } from './run-flags.js';
import type { ShellWord } from './shell-lexer.js';

/** One option as used on a run line: its canonical name, its value (undefined when a variable decides it). */
export interface OptionUse {
  flag: RunFlag;
  value: string | undefined;
  /** The option and its value as written. */
  raw: string;
  first: ShellWord;
  last: ShellWord;
}

export interface ReadOptions {
  uses: OptionUse[];
  /** The image word, when there is one. */
  image?: ShellWord;
  /** A variable stands where options are read, and could hold any of them. */
  opaque: boolean;
  notes: ParseError[];
}

function note(out: ReadOptions, word: ShellWord, message: string): void {
  out.notes.push({ line: word.line, column: word.column, message });
}

/** `--name=value` split; the name must be written plainly for the option to be known. */
function splitLong(word: ShellWord): { name: string; inline?: string; inlineUnknown: boolean } | undefined {
  const known = wordValue(word);
  const source = known ?? word.raw;
  const equals = source.indexOf('=');
  const namePart = equals < 0 ? source : source.slice(0, equals);
  if (!/^--[a-z0-9-]+$/.test(namePart)) return undefined;
  const name = namePart.slice(2);
  if (equals < 0) return { name, inlineUnknown: false };
  // With the name written plainly, whatever a variable decides lies in the value.
  return known === undefined
    ? { name, inlineUnknown: true }
    : { name, inline: known.slice(equals + 1), inlineUnknown: false };
}

interface Cursor {
  args: readonly ShellWord[];
  index: number;
}

/** The next word as an option's value; undefined when a variable decides it or the line ends. */
function takeValue(cursor: Cursor): { value: string | undefined; word: ShellWord | undefined } {
  cursor.index += 1;
  const word = cursor.args[cursor.index];
  return { value: word === undefined ? undefined : wordValue(word), word };
}

function readLong(cursor: Cursor, word: ShellWord, out: ReadOptions): void {
  const split = splitLong(word);
  const spec = split === undefined ? undefined : longFlag(split.name);
  if (split === undefined || spec === undefined) {
    note(out, word, `unknown option ${word.raw.split('=')[0] ?? word.raw} ignored`);
    return;
  }
  const has = split.inline !== undefined || split.inlineUnknown;
  if (!spec.takesValue) {
    const value = has ? split.inline : 'true';
    out.uses.push({ flag: spec.name, value, raw: word.raw, first: word, last: word });
    return;
  }
  if (has) {
    out.uses.push({ flag: spec.name, value: split.inline, raw: word.raw, first: word, last: word });
    return;
  }
  const { value, word: valueWord } = takeValue(cursor);
  const last = valueWord ?? word;
  out.uses.push({
    flag: spec.name,
    value,
    raw: `${word.raw} ${valueWord?.raw ?? ''}`.trim(),
    first: word,
    last,
  });
}

/** `-it`, `-dp 80:80`, `-p80:80`, `-v=/a:/b`: letters until one takes a value, which is the rest or the next word. */
function readShort(cursor: Cursor, word: ShellWord, text: string, out: ReadOptions): void {
  for (let at = 1; at < text.length; at += 1) {
    const letter = text[at] ?? '';
    const spec = shortFlag(letter);
    if (spec === undefined) {
      note(out, word, `unknown option -${letter} ignored`);
      return;
    }
    if (!spec.takesValue) {
      out.uses.push({ flag: spec.name, value: 'true', raw: `-${letter}`, first: word, last: word });
      continue;
    }
    const rest = text.slice(at + 1).replace(/^=/, '');
    if (rest !== '') {
      out.uses.push({ flag: spec.name, value: rest, raw: word.raw, first: word, last: word });
      return;
    }
    const { value, word: valueWord } = takeValue(cursor);
    out.uses.push({
      flag: spec.name,
      value,
      raw: `${word.raw} ${valueWord?.raw ?? ''}`.trim(),
      first: word,
      last: valueWord ?? word,
    });
    return;
  }
}

/** A variable where an option may stand: it is the image when no option follows it, else unknown options. */
function readUnknown(cursor: Cursor, word: ShellWord, out: ReadOptions): boolean {
  if (word.raw.startsWith('--') && word.raw.includes('=')) {
    readLong(cursor, word, out);
    return false;
  }
  out.opaque = true;
  const next = cursor.args[cursor.index + 1];
  const nextValue = next === undefined ? undefined : wordValue(next);
  if (nextValue !== undefined && nextValue.startsWith('-')) return false;
  out.image = word;
  return true;
}

/** Reads the options of `docker run` up to the image; everything after the image is the container's command. */
export function readRunOptions(args: readonly ShellWord[]): ReadOptions {
  const out: ReadOptions = { uses: [], opaque: false, notes: [] };
  const cursor: Cursor = { args, index: 0 };
  for (; cursor.index < args.length; cursor.index += 1) {
    const word = args[cursor.index];
    if (word === undefined) break;
    const text = wordValue(word);
    if (text === undefined) {
      if (readUnknown(cursor, word, out)) break;
      continue;
    }
    if (text === '--') {
      const image = args[cursor.index + 1];
      if (image !== undefined) out.image = image;
      break;
    }
    if (text.startsWith('--')) readLong(cursor, word, out);
    else if (text.startsWith('-') && text.length > 1) readShort(cursor, word, text, out);
    else {
      out.image = word;
      break;
    }
  }
  return out;
}
