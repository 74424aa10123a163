import type { ParseEntry } from 'shell-quote';
import { parse } from 'shell-quote';

/** One shell token with where it starts in the script text (-1 when the parsed text differs from the source). */
export type ShellToken =
  { kind: 'word'; text: string; offset: number } | { kind: 'op'; op: string; offset: number };

interface PendingHeredoc {
  word: string;
  stripTabs: boolean;
}

/** Stands in for a `#` inside a word while shell-quote reads the script; restored in the tokens. */
const hashMark = '\u0001';

const needsPreparing = /[\\#\n]/;
const nonBlank = /\S+/g;

/**
 * Keeps `$NAME` as written. An object rather than a function: shell-quote re-splits every word it returns when
 * given a lookup function (to splice in object values, which this never returns), and that doubles its cost.
 */
const keepVariables: Record<string, string> = new Proxy<Record<string, string>>(
  {},
  { get: (_target, name) => (typeof name === 'string' ? `$${name}` : undefined) },
);

const heredocStart = /^<<(?<strip>-?)[ \t]*(?<quote>["']?)(?<word>[A-Za-z0-9_.-]+)\k<quote>/;

/** True when the line before `index` ends with `|`, `&&` or `||`, so a newline there continues the command. */
function continuesCommand(out: readonly string[], index: number): boolean {
  let at = index - 1;
  while (at >= 0 && (out[at] === ' ' || out[at] === '\t' || out[at] === '\r')) at -= 1;
  return out[at] === '|' || out[at] === '&';
}

/** Blanks the body lines of heredocs that commands inside the script open (their text is data, not commands). */
function skipHeredocBodies(
  text: string,
  out: string[],
  start: number,
  pending: readonly PendingHeredoc[],
): number {
  let at = start;
  for (const heredoc of pending) {
    while (at < text.length) {
      const newline = text.indexOf('\n', at);
      const end = newline < 0 ? text.length : newline;
      const line = text.slice(at, end);
      for (let index = at; index <= Math.min(end, text.length - 1); index += 1) out[index] = ' ';
      at = end + 1;
      const candidate = heredoc.stripTabs ? line.replace(/^\t+/, '') : line;
      if (candidate.trimEnd() === heredoc.word) break;
    }
  }
  return at;
}

/**
 * Rewrites a script to the same length so `shell-quote` can read it: comments and nested heredoc bodies become
 * spaces, escaped newlines become spaces, and command-ending newlines become `;` (shell-quote treats newlines as
 * blanks). Keeping the length keeps every offset valid for mapping back to Dockerfile lines.
 */
export function prepareScript(text: string): string {
  // Every rewrite starts at a backslash, a `#` or a newline: without them the text is already readable.
  if (!needsPreparing.test(text)) return text;
  const out = text.split('');
  let quote: '' | "'" | '"' = '';
  let wordStart = true;
  let pending: PendingHeredoc[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (quote === "'") {
      if (char === "'") quote = '';
      index += 1;
      continue;
    }
    if (quote === '"') {
      if (char === '\\') index += 1;
      else if (char === '"') quote = '';
      index += 1;
      continue;
    }
    if (char === '\\') {
      if (text[index + 1] === '\n') {
        out[index] = ' ';
        out[index + 1] = ' ';
      }
      index += 2;
      wordStart = false;
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      wordStart = false;
      index += 1;
      continue;
    }
    if (char === '#' && wordStart) {
      while (index < text.length && text[index] !== '\n') {
        out[index] = ' ';
        index += 1;
      }
      continue;
    }
    if (char === '#') {
      // Inside a word `#` is literal (`repo.git#v1`), but shell-quote would start a comment there.
      out[index] = hashMark;
      index += 1;
      continue;
    }
    if (char === '<' && text.startsWith('<<', index) && text[index + 2] !== '<') {
      const groups = heredocStart.exec(text.slice(index))?.groups;
      if (groups !== undefined) {
        pending.push({ word: groups['word'] ?? '', stripTabs: groups['strip'] === '-' });
        index += 2;
        wordStart = false;
        continue;
      }
    }
    if (char === '\n') {
      out[index] = continuesCommand(out, index) ? ' ' : ';';
      index += 1;
      if (pending.length > 0) index = skipHeredocBodies(text, out, index, pending);
      pending = [];
      wordStart = true;
      continue;
    }
    wordStart = char === ' ' || char === '\t' || char === ';' || char === '&' || char === '|' || char === '(';
    index += 1;
  }
  return out.join('');
}

function splitOnBlanks(text: string): ShellToken[] {
  const tokens: ShellToken[] = [];
  for (const match of text.matchAll(nonBlank))
    tokens.push({ kind: 'word', text: match[0].replaceAll(hashMark, '#'), offset: match.index });
  return tokens;
}

/**
 * Tokenises a shell script into words and operators. Variables stay as `$NAME` (they are not expanded). Offsets are
 * found by searching each token's text forward from the previous one, which is exact for unquoted words and close
 * enough (the enclosing line) for the rest.
 */
export function tokenizeScript(script: string): ShellToken[] {
  const prepared = prepareScript(script);
  let entries: (ParseEntry | string)[];
  try {
    entries = parse(prepared, keepVariables);
  } catch {
    // shell-quote gave up on some construct: blank-separated words still serve the command checks.
    return splitOnBlanks(prepared);
  }
  const tokens: ShellToken[] = [];
  let cursor = 0;
  const locate = (needle: string): number => {
    if (needle === '') return -1;
    const found = prepared.indexOf(needle, cursor);
    if (found < 0) return -1;
    cursor = found + needle.length;
    return found;
  };
  const restore = (text: string): string => (text.includes(hashMark) ? text.replaceAll(hashMark, '#') : text);
  for (const entry of entries) {
    if (typeof entry === 'string') {
      tokens.push({ kind: 'word', text: restore(entry), offset: locate(entry) });
    } else if ('op' in entry) {
      if (entry.op === 'glob')
        tokens.push({ kind: 'word', text: restore(entry.pattern), offset: locate(entry.pattern) });
      else tokens.push({ kind: 'op', op: entry.op, offset: locate(entry.op) });
    }
  }
  return tokens;
}
