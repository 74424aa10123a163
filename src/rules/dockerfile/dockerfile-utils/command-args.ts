import type { ShellCommand } from './shell-commands.js';

/**
 * Option names the way hadolint reads them: `--name=value` gives `name`, `-abc` gives `a`, `b` and `c`. Values
 * written apart (`-o file`) are not options and stay out.
 */
export function optionNames(args: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const arg of args) {
    if (arg === '--') break;
    if (arg === '-' || !arg.startsWith('-')) continue;
    if (arg.startsWith('--')) names.add(arg.slice(2).split('=')[0] ?? '');
    else for (const letter of arg.slice(1)) names.add(letter);
  }
  return names;
}

/** Whether `optionNames(command.args)` holds one of `names`, read without building the set. */
export function hasOption(command: Pick<ShellCommand, 'args'>, ...names: readonly string[]): boolean {
  for (const arg of command.args) {
    if (arg === '--') return false;
    if (arg === '-' || !arg.startsWith('-')) continue;
    if (arg.startsWith('--')) {
      const equals = arg.indexOf('=');
      if (names.includes(equals < 0 ? arg.slice(2) : arg.slice(2, equals))) return true;
    } else for (const letter of arg.slice(1)) if (names.includes(letter)) return true;
  }
  return false;
}

/**
 * Short options of one cluster, stopping at the first letter that takes a value (the rest of the cluster is that
 * value): with `o` taking a value, `-kfo` gives k, f, o and `-ok` gives only o.
 */
export function shortOptions(arg: string, valueLetters: string): string[] {
  if (!/^-[A-Za-z0-9]/.test(arg) || arg.startsWith('--')) return [];
  const letters: string[] = [];
  for (const letter of arg.slice(1)) {
    letters.push(letter);
    if (valueLetters.includes(letter)) break;
  }
  return letters;
}

/** Arguments that are neither options nor the values of `valueOptions` written apart (`-t bookworm`). */
export function positionalArgs(args: readonly string[], valueOptions: readonly string[] = []): string[] {
  const positional: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--') {
      positional.push(...args.slice(index + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (valueOptions.includes(arg)) index += 1;
  }
  return positional;
}

/** The value of an option written `--name value`, `--name=value` or `-n value`. */
export function optionValues(args: readonly string[], ...names: readonly string[]): string[] {
  const values: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    for (const name of names) {
      if (arg === name && index + 1 < args.length) values.push(args[index + 1] ?? '');
      else if (name.startsWith('--') && arg.startsWith(`${name}=`)) values.push(arg.slice(name.length + 1));
    }
  }
  return values;
}

/** `NAME=value` split at the first `=`. */
export function splitAssignment(word: string): { name: string; value: string } {
  const equals = word.indexOf('=');
  return equals < 0
    ? { name: word, value: '' }
    : { name: word.slice(0, equals), value: word.slice(equals + 1) };
}
