import { parse } from 'shell-quote';
import { globalValueFlags } from './run-flags.js';
import type { ShellCommand, ShellWord } from './shell-lexer.js';

/** A word's value with quotes and escapes removed; undefined when a variable decides any of it. */
export function wordValue(word: ShellWord): string | undefined {
  if (word.unknown) return undefined;
  let value = '';
  for (const entry of parse(word.raw)) {
    if (typeof entry === 'string') value += entry;
    else if ('pattern' in entry) value += entry.pattern;
    else return undefined;
  }
  return value;
}

/** Words that may come before the command itself without being it. */
const prefixWords = new Set([
  '!',
  '{',
  'then',
  'do',
  'else',
  'elif',
  'if',
  'while',
  'until',
  'time',
  'exec',
  'command',
  'nohup',
]);
const assignment = /^[A-Za-z_]\w*=/;
const sudoValueFlags = new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U']);

/** The index of the first word after `sudo [options]`, `env [NAME=value…]`, keywords and assignments. */
function commandStart(words: ShellCommand): number {
  let index = 0;
  while (index < words.length) {
    const word = words[index];
    const value = word === undefined ? undefined : wordValue(word);
    if (word === undefined || value === undefined) return index;
    if (prefixWords.has(value) || assignment.test(word.raw)) {
      index += 1;
      continue;
    }
    if (value === 'sudo' || value === 'env') {
      index += 1;
      for (let next = words[index]; next !== undefined; next = words[index]) {
        const text = wordValue(next) ?? '';
        if (!text.startsWith('-') && !(value === 'env' && assignment.test(next.raw))) break;
        index += sudoValueFlags.has(text) && value === 'sudo' ? 2 : 1;
      }
      continue;
    }
    return index;
  }
  return index;
}

export interface RunInvocation {
  tool: 'docker' | 'podman';
  /** The `docker` (or `podman`) word: where the container is said to be. */
  start: ShellWord;
  /** The words after `run` / `create`: options, image, container command. */
  args: readonly ShellWord[];
  /** The whole command as written, for the report. */
  text: string;
}

function toolOf(word: ShellWord | undefined): RunInvocation['tool'] | undefined {
  const value = word === undefined ? undefined : wordValue(word);
  const base = value?.slice(value.lastIndexOf('/') + 1);
  return base === 'docker' || base === 'podman' ? base : undefined;
}

/** The index of the word after `run` / `create` / `container run|create`, past the tool's own options. */
function subcommandEnd(words: ShellCommand, from: number): number | undefined {
  let index = from;
  while (index < words.length) {
    const word = words[index];
    const value = word === undefined ? undefined : wordValue(word);
    if (value === undefined) return undefined;
    if (value === 'run' || value === 'create') return index + 1;
    if (value === 'container') {
      const next = words[index + 1];
      const sub = next === undefined ? undefined : wordValue(next);
      return sub === 'run' || sub === 'create' ? index + 2 : undefined;
    }
    if (!value.startsWith('-')) return undefined;
    index += globalValueFlags.has(value) ? 2 : 1;
  }
  return undefined;
}

/** The `docker run` (or create, or Podman) invocation a simple command is, if it is one. */
export function findRunInvocation(words: ShellCommand): RunInvocation | undefined {
  const start = commandStart(words);
  const startWord = words[start];
  const tool = toolOf(startWord);
  if (tool === undefined || startWord === undefined) return undefined;
  const argsFrom = subcommandEnd(words, start + 1);
  if (argsFrom === undefined) return undefined;
  return {
    tool,
    start: startWord,
    args: words.slice(argsFrom),
    text: words
      .slice(start)
      .map((word) => word.raw)
      .join(' '),
  };
}
