import type { ShellToken } from './shell-tokens.js';
import { tokenizeScript } from './shell-tokens.js';
import { basename, peelCommand } from './shell-wrappers.js';

/** One simple command of a shell script, as the rules see it. */
export interface ShellCommand {
  /** Basename of the program that runs, behind wrappers and assignments (`apt-get` for `sudo /usr/bin/apt-get`). */
  name: string;
  /** The program as written. */
  program: string;
  /** Arguments after the program, redirections removed. */
  args: readonly string[];
  /** Wrappers peeled off, outermost first (`sudo`, `env`, `xargs`). */
  wrappers: readonly string[];
  /** `NAME=value` words written before the program or its wrappers. */
  assignments: readonly string[];
  /** Which pipeline of the script the command belongs to; commands joined by `|` share it. */
  pipeline: number;
  /** Position inside the pipeline, 0 for the first command. */
  pipePosition: number;
  pipeLength: number;
  /** Offsets of the command in the script text; -1 when unknown. */
  offset: number;
  end: number;
  /** 0 for the script itself, 1 and more inside `sh -c '…'`, `$( … )`, backticks or `<( … )`. */
  depth: number;
  /** Programs that run inside substitutions in this command's words (`eval "$(curl …)"` gives `curl`). */
  substitutions: readonly string[];
  /** The script a shell runs with `-c`; its commands are listed separately, one level deeper. */
  inlineScript?: string;
}

interface Word {
  text: string;
  offset: number;
}

/** Where nested commands are placed when their own offsets are unknown (inside a quoted word). */
interface Pin {
  offset: number;
  end: number;
}

interface Context {
  nextPipeline: number;
  commands: ShellCommand[];
}

const maxDepth = 4;
/** Stands for the text of a substitution the tokenizer already split into operators. */
const placeholder = '…';
const shells = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);
const backtickScript = /`(?<inner>[^`]*)`/g;
const longOption = /^--[a-z-]+$/;
const shortOptionCluster = /^-[A-Za-z]+$/;
const digits = /^\d+$/;
const separators = new Set([';', '&', '&&', '||', ';;', ';;&', ';&', '(', ')']);

export function isShellName(name: string): boolean {
  return shells.has(name);
}

function isRedirect(op: string): boolean {
  return (op.includes('<') || op.includes('>')) && op !== '<(' && op !== '>(';
}

function matchingClose(tokens: readonly ShellToken[], open: number): number {
  let depth = 0;
  for (let index = open; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token?.kind !== 'op') continue;
    if (token.op === '(' || token.op === '<(' || token.op === '>(') depth += 1;
    if (token.op === ')') depth -= 1;
    if (depth === 0) return index;
  }
  return tokens.length;
}

function countBackticks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('`'); at >= 0; at = text.indexOf('`', at + 1)) count += 1;
  return count;
}

/** Joins words a blank split inside an unquoted backtick substitution (`` `curl x` ``). */
function mergeBacktickWords(words: readonly Word[]): readonly Word[] {
  if (!words.some((word) => word.text.includes('`'))) return words;
  const merged: Word[] = [];
  let open: Word | undefined;
  for (const word of words) {
    const ticks = countBackticks(word.text);
    if (open !== undefined) {
      open = { text: `${open.text} ${word.text}`, offset: open.offset };
      if (ticks % 2 === 1) {
        merged.push(open);
        open = undefined;
      }
      continue;
    }
    if (ticks % 2 === 1) open = word;
    else merged.push(word);
  }
  if (open !== undefined) merged.push(open);
  return merged;
}

/** The scripts inside `$( … )` and backticks of a word, where the tokenizer kept them as text (quoted words). */
function substitutionScripts(text: string): string[] {
  const scripts: string[] = [];
  const backtick = text.includes('`');
  if (!backtick && !text.includes('$(')) return scripts;
  for (let start = text.indexOf('$('); start >= 0; start = text.indexOf('$(', start + 2)) {
    let depth = 0;
    for (let index = start + 1; index < text.length; index += 1) {
      if (text[index] === '(') depth += 1;
      if (text[index] === ')') depth -= 1;
      if (depth === 0) {
        scripts.push(text.slice(start + 2, index));
        break;
      }
    }
  }
  if (backtick)
    for (const match of text.matchAll(backtickScript)) scripts.push(match.groups?.['inner'] ?? '');
  return scripts.filter((script) => script !== placeholder);
}

/** The script a shell runs with `-c` (`bash -eu -o pipefail -c 'script'`), if any. */
function inlineScript(name: string, args: readonly Word[]): Word | undefined {
  if (name === 'su') {
    const at = args.findIndex((arg) => arg.text === '-c' || arg.text === '--command');
    return at >= 0 ? args[at + 1] : undefined;
  }
  if (!shells.has(name)) return undefined;
  let sawC = false;
  for (let index = 0; index < args.length; index += 1) {
    const text = args[index]?.text ?? '';
    if (text === '-o' || text === '+o') {
      index += 1;
      continue;
    }
    if (longOption.test(text)) continue;
    if (shortOptionCluster.test(text)) {
      if (text.includes('c')) sawC = true;
      continue;
    }
    return sawC ? args[index] : undefined;
  }
  return undefined;
}

function walkNested(script: string, depth: number, context: Context, pin: Pin): string[] {
  if (depth > maxDepth) return [];
  return walk(tokenizeScript(script), depth, context, pin);
}

function pinOf(word: Word): Pin {
  return word.offset < 0
    ? { offset: -1, end: -1 }
    : { offset: word.offset, end: word.offset + word.text.length };
}

function buildCommand(
  words: readonly Word[],
  depth: number,
  context: Context,
  pin: Pin | undefined,
): ShellCommand | undefined {
  const merged = mergeBacktickWords(words);
  const peeled = peelCommand(merged.map((word) => word.text));
  if (peeled === undefined) return undefined;
  const programWord = merged[peeled.programIndex];
  const argWords = merged.slice(peeled.programIndex + 1);
  const script = inlineScript(basename(programWord?.text ?? ''), argWords);
  const substitutions: string[] = [];
  for (const word of merged) {
    if (word === script) continue;
    for (const nested of substitutionScripts(word.text))
      substitutions.push(...walkNested(nested, depth + 1, context, pin ?? pinOf(word)));
  }
  // The inline script's commands join the list as nested commands; they are not substitutions of this one.
  if (script !== undefined) walkNested(script.text, depth + 1, context, pin ?? pinOf(script));
  // The first and last words from the command's start whose offsets are known.
  let first: Word | undefined;
  let last: Word | undefined;
  for (let index = peeled.startIndex; index < merged.length; index += 1) {
    const word = merged[index];
    if (word === undefined || word.offset < 0) continue;
    first ??= word;
    last = word;
  }
  const command: ShellCommand = {
    name: basename(programWord?.text ?? ''),
    program: programWord?.text ?? '',
    args: argWords.map((word) => word.text),
    wrappers: peeled.wrappers,
    assignments: peeled.assignments,
    pipeline: 0,
    pipePosition: 0,
    pipeLength: 1,
    offset: pin?.offset ?? first?.offset ?? -1,
    end: pin?.end ?? (last === undefined ? -1 : last.offset + last.text.length),
    depth,
    substitutions,
  };
  if (script !== undefined) command.inlineScript = script.text;
  return command;
}

/** Reads a token list into commands; returns the names of every command it added, nested ones included. */
function walk(tokens: readonly ShellToken[], depth: number, context: Context, pin?: Pin): string[] {
  const before = context.commands.length;
  // Where the command being read goes: before the commands its substitutions add, so the list keeps text order.
  let slot = context.commands.length;
  let words: Word[] = [];
  let substituted: string[] = [];
  let pipeline = context.nextPipeline;
  context.nextPipeline += 1;
  let position = 0;
  const finish = (continuesPipe: boolean): void => {
    const command = words.length === 0 ? undefined : buildCommand(words, depth, context, pin);
    if (command !== undefined) {
      command.pipeline = pipeline;
      command.pipePosition = position;
      if (substituted.length > 0) command.substitutions = [...substituted, ...command.substitutions];
      context.commands.splice(slot, 0, command);
    }
    slot = context.commands.length;
    words = [];
    substituted = [];
    if (continuesPipe) {
      position += 1;
      return;
    }
    pipeline = context.nextPipeline;
    context.nextPipeline += 1;
    position = 0;
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) continue;
    if (token.kind === 'word') {
      // Each token belongs to one walk, so the word can be the token itself.
      words.push(token);
      continue;
    }
    const previous = words.at(-1);
    const commandSubstitution = token.op === '(' && previous !== undefined && previous.text.endsWith('$');
    if (commandSubstitution || token.op === '<(' || token.op === '>(') {
      const close = matchingClose(tokens, index);
      substituted.push(...walk(tokens.slice(index + 1, close), depth + 1, context, pin));
      if (commandSubstitution && previous !== undefined) previous.text = `${previous.text}(${placeholder})`;
      else words.push({ text: `${token.op}${placeholder})`, offset: token.offset });
      index = close;
      continue;
    }
    if (token.op === '|' || token.op === '|&') finish(true);
    else if (separators.has(token.op)) finish(false);
    else if (isRedirect(token.op)) {
      // `2>&1`: the descriptor number written against the operator is not an argument.
      if (
        previous !== undefined &&
        digits.test(previous.text) &&
        previous.offset + previous.text.length === token.offset
      )
        words.pop();
      if (tokens[index + 1]?.kind === 'word') index += 1;
    } else finish(false);
  }
  finish(false);
  return context.commands.slice(before).map((command) => command.name);
}

/** Splits a shell script into its simple commands (by `&&`, `||`, `;`, `|`, newlines, subshells, substitutions). */
export function splitShellCommands(script: string, firstPipeline = 0): ShellCommand[] {
  const context: Context = { nextPipeline: firstPipeline, commands: [] };
  walk(tokenizeScript(script), 0, context);
  return finalize(context.commands);
}

/** Commands of an exec-form instruction (`RUN ["sh", "-c", "…"]`): one command, plus what its `-c` script runs. */
export function commandsFromWords(words: readonly string[], firstPipeline = 0): ShellCommand[] {
  const context: Context = { nextPipeline: firstPipeline, commands: [] };
  const command = buildCommand(
    words.map((text) => ({ text, offset: -1 })),
    0,
    context,
    undefined,
  );
  if (command !== undefined) {
    command.pipeline = context.nextPipeline;
    context.nextPipeline += 1;
    context.commands.unshift(command);
  }
  return finalize(context.commands);
}

function finalize(commands: ShellCommand[]): ShellCommand[] {
  const lengths = new Map<number, number>();
  for (const command of commands) lengths.set(command.pipeline, (lengths.get(command.pipeline) ?? 0) + 1);
  for (const command of commands) command.pipeLength = lengths.get(command.pipeline) ?? 1;
  return commands;
}
