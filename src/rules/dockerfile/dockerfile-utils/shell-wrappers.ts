/**
 * Programs that run another program given on their command line (`sudo apt-get …`, `xargs rm`). Peeling them lets
 * every rule see the program that really runs, while `wrappers` keeps them for the rules about the wrapper itself.
 */
interface WrapperSpec {
  /** Options whose value is the next word when written apart (`-u user`). */
  valueOptions?: readonly string[];
  /** Positional words before the wrapped program (`timeout 10 cmd`, `gosu user cmd`). */
  positional?: number;
  /** `NAME=value` words may follow the options (`sudo VAR=1 cmd`, `env VAR=1 cmd`). */
  assignments?: boolean;
}

const wrapperSpecs: Readonly<Record<string, WrapperSpec>> = {
  sudo: {
    valueOptions: [
      '-u',
      '-g',
      '-C',
      '-D',
      '-h',
      '-p',
      '-r',
      '-t',
      '-U',
      '-T',
      '--user',
      '--group',
      '--chdir',
    ],
    assignments: true,
  },
  env: { valueOptions: ['-u', '--unset', '-C', '--chdir', '-S', '--split-string'], assignments: true },
  nohup: {},
  exec: { valueOptions: ['-a'] },
  nice: { valueOptions: ['-n', '--adjustment'] },
  ionice: { valueOptions: ['-c', '-n', '-p', '-P', '-u', '--class', '--classdata'] },
  time: {},
  stdbuf: { valueOptions: ['-i', '-o', '-e'] },
  timeout: { valueOptions: ['-k', '-s', '--kill-after', '--signal'], positional: 1 },
  xargs: {
    valueOptions: ['-a', '-d', '-E', '-I', '-L', '-n', '-P', '-s', '--arg-file', '--delimiter', '--max-args'],
  },
  gosu: { positional: 1 },
  'su-exec': { positional: 1 },
  chroot: { positional: 1 },
  eatmydata: {},
  fakeroot: {},
  builtin: {},
  command: {},
};

/** Shell words that open or close a compound command and precede the command that actually runs. */
const leadingKeywords = new Set([
  'if',
  'then',
  'else',
  'elif',
  'do',
  'while',
  'until',
  '!',
  '{',
  '}',
  'fi',
  'done',
  'esac',
]);
/** Compound-command headers whose words are not a command (`for f in a b`). */
const nonCommandHeads = new Set(['for', 'case', 'select', 'function', 'in']);

const assignmentPattern = /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/;

export function isAssignment(word: string): boolean {
  return assignmentPattern.test(word);
}

export function basename(program: string): string {
  const slash = program.lastIndexOf('/');
  return slash >= 0 ? program.slice(slash + 1) : program;
}

export interface PeeledCommand {
  /** Index of the first word after leading keywords (`then`, `do`, `!`): where the command starts. */
  startIndex: number;
  /** Index of the program word; equal to the word count for a command made only of assignments. */
  programIndex: number;
  wrappers: string[];
  assignments: string[];
}

function skipOptions(words: readonly string[], start: number, spec: WrapperSpec): number {
  let index = start;
  while (index < words.length) {
    const word = words[index] ?? '';
    if (word === '--') return index + 1;
    if (!word.startsWith('-') || word === '-') break;
    index += (spec.valueOptions ?? []).includes(word) ? 2 : 1;
  }
  return index;
}

function skipAssignments(words: readonly string[], start: number, into: string[]): number {
  let index = start;
  while (index < words.length && isAssignment(words[index] ?? '')) {
    into.push(words[index] ?? '');
    index += 1;
  }
  return index;
}

/** Finds the program of a simple command behind keywords, `NAME=value` prefixes and wrappers. */
export function peelCommand(words: readonly string[]): PeeledCommand | undefined {
  let index = 0;
  while (index < words.length && leadingKeywords.has(words[index] ?? '')) index += 1;
  if (index >= words.length || nonCommandHeads.has(words[index] ?? '')) return undefined;
  const startIndex = index;
  const assignments: string[] = [];
  const wrappers: string[] = [];
  index = skipAssignments(words, index, assignments);
  let lastWrapper = -1;
  while (index < words.length) {
    const name = basename(words[index] ?? '');
    const spec = wrapperSpecs[name];
    if (spec === undefined) break;
    // `command -v curl` looks a program up; it does not run it.
    if (name === 'command' && /^-[vV]$/.test(words[index + 1] ?? '')) break;
    wrappers.push(name);
    lastWrapper = index;
    index = skipOptions(words, index + 1, spec);
    index = Math.min(words.length, index + (spec.positional ?? 0));
    if (spec.assignments === true) index = skipAssignments(words, index, assignments);
  }
  if (index >= words.length && lastWrapper >= 0) {
    // A wrapper with nothing to wrap (`sudo -i`) is itself the command.
    wrappers.pop();
    return { startIndex, programIndex: lastWrapper, wrappers, assignments };
  }
  return { startIndex, programIndex: index, wrappers, assignments };
}
