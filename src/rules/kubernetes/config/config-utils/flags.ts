import { parse } from 'shell-quote';

/** One word of a container's command line and the list item it came from. */
export interface CommandToken {
  text: string;
  field: 'command' | 'args';
  index: number;
  /** True where a program name can stand: the first word, a script's first word, after `exec`, `&&`, `;` or `|`. */
  startsCommand: boolean;
}

/** One flag as the component reads it: `--name=value`, `--name value` or a bare boolean `--name`. */
export interface ParsedFlag {
  name: string;
  value: string;
  field: 'command' | 'args';
  index: number;
}

export interface FlagSet {
  /** The occurrence that takes effect (the last one, as pflag and Go's flag package do for scalar flags). */
  get(name: string): ParsedFlag | undefined;
  /** Every item of a comma-list flag; repeated occurrences append, as pflag string slices do. */
  list(name: string): { item: string; flag: ParsedFlag }[];
  all: readonly ParsedFlag[];
}

/**
 * Flags these components declare as booleans. pflag (and Go's flag package, which etcd uses) never takes the next
 * word as a boolean's value: `--anonymous-auth false` leaves the flag true and `false` a stray argument.
 */
const booleanFlags = new Set([
  'allow-privileged',
  'anonymous-auth',
  'auto-tls',
  'client-cert-auth',
  'contention-profiling',
  'enable-bootstrap-token-auth',
  'peer-auto-tls',
  'peer-client-cert-auth',
  'profiling',
  'rotate-certificates',
  'service-account-lookup',
  'use-service-account-credentials',
]);

const shell = /^(?:ba|da|a|z)?sh$/;

/** True for the item after `-c` when the command runs a shell: the only item that holds a whole script. */
function isScript(items: readonly string[], at: number): boolean {
  const program = items[0]?.split('/').pop() ?? '';
  return shell.test(program) && items[at - 1] === '-c';
}

/**
 * The words of a container's command line, each pointing at its list item. Items are words as written (the
 * kubelet passes them without a shell), except the script of `sh -c "exec kube-apiserver --a=b …"`, which is
 * split the way the shell would.
 */
export function commandTokens(
  command: readonly string[] | null | undefined,
  args: readonly string[] | null | undefined,
): CommandToken[] {
  const items = [
    ...(command ?? []).map((text, index) => ({ text, field: 'command' as const, index })),
    ...(args ?? []).map((text, index) => ({ text, field: 'args' as const, index })),
  ];
  const words = items.map((item) => item.text);
  const tokens: CommandToken[] = [];
  for (const [at, item] of items.entries()) {
    if (!isScript(words, at)) {
      tokens.push({ ...item, startsCommand: at === 0 });
      continue;
    }
    let startsCommand = true;
    for (const entry of parse(item.text, (name) => `$${name}`)) {
      if (typeof entry !== 'string') {
        startsCommand = true;
        continue;
      }
      tokens.push({ ...item, text: entry, startsCommand });
      startsCommand = entry === 'exec';
    }
  }
  return tokens;
}

const flagShape = /^--?(?<name>[A-Za-z0-9][\w.-]*)(?:=(?<value>[\s\S]*))?$/;

/** Reads the flags from the words after the binary; positional words are skipped. */
export function parseFlags(tokens: readonly CommandToken[]): FlagSet {
  const all: ParsedFlag[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at];
    const groups = token === undefined ? undefined : flagShape.exec(token.text)?.groups;
    if (token === undefined || groups === undefined) continue;
    const name = groups['name'] ?? '';
    let value = groups['value'];
    const next = tokens[at + 1];
    if (value === undefined && !booleanFlags.has(name) && next !== undefined && !next.text.startsWith('-')) {
      value = next.text;
      at += 1;
    }
    all.push({ name, value: value ?? 'true', field: token.field, index: token.index });
  }
  return {
    all,
    get: (name) => all.findLast((flag) => flag.name === name),
    list: (name) =>
      all
        .filter((flag) => flag.name === name)
        .flatMap((flag) =>
          flag.value
            .split(',')
            .map((item) => item.trim())
            .filter((item) => item !== '')
            .map((item) => ({ item, flag })),
        ),
  };
}

const goTrue = new Set(['1', 't', 'T', 'true', 'TRUE', 'True']);
const goFalse = new Set(['0', 'f', 'F', 'false', 'FALSE', 'False']);

/** Go's strconv.ParseBool; undefined for anything else (the component would refuse to start). */
export function goBool(value: string): boolean | undefined {
  if (goTrue.has(value)) return true;
  if (goFalse.has(value)) return false;
  return undefined;
}
