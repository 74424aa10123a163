import type {
  Argument,
  Dockerfile,
  Flag,
  From,
  Heredoc,
  Instruction,
  PropertyInstruction,
} from 'dockerfile-ast';
import { DockerfileParser } from 'dockerfile-ast';
import type { Range } from '../../core/index.js';
import type { ParseError } from '../shared/parse-result.js';
import type {
  DockerfileView,
  FlagView,
  FromView,
  HeredocView,
  InstructionView,
  PropertyView,
  StageView,
} from './view.js';

/** Every Dockerfile instruction keyword. */
export const dockerfileKeywords = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
];
/**
 * Each keyword to its own literal. The AST upper-cases the text it read, which makes a new string per instruction;
 * handing out the literal instead lets the many `keyword === 'RUN'` tests of the rules compare by identity.
 */
const knownKeywords = new Map(dockerfileKeywords.map((keyword) => [keyword, keyword]));
const commandKeywords = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'SHELL']);
const lineBreak = /\r?\n/;
/**
 * The one empty list shared by every instruction without flags, heredocs or properties: views are read-only, and
 * three fresh empty arrays per instruction add up over a large scan that keeps its views alive.
 */
const none: readonly never[] = Object.freeze([]);

interface AstRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function toRange(range: AstRange): Range {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function sliceRange(lines: readonly string[], range: AstRange): string {
  const out: string[] = [];
  for (let line = range.start.line; line <= range.end.line; line += 1) {
    const text = lines[line] ?? '';
    const from = line === range.start.line ? range.start.character : 0;
    const to = line === range.end.line ? range.end.character : text.length;
    out.push(text.slice(from, to));
  }
  return out.join('\n');
}

/** Joins continuation lines and drops comment lines inside them, as the builder does before running the shell. */
function joinArguments(range: AstRange | null, lines: readonly string[], escapeChar: string): string {
  if (range === null) return '';
  let joined = '';
  for (let line = range.start.line; line <= range.end.line; line += 1) {
    let text = lines[line] ?? '';
    if (line === range.start.line) text = text.slice(range.start.character);
    if (line === range.end.line)
      text = text.slice(0, range.end.character - (line === range.start.line ? range.start.character : 0));
    if (line !== range.start.line && text.trimStart().startsWith('#')) continue;
    const trimmed = text.trimEnd();
    const part = (trimmed.endsWith(escapeChar) ? trimmed.slice(0, -escapeChar.length) : trimmed).trim();
    if (part === '') continue;
    joined = joined === '' ? part : `${joined} ${part}`;
  }
  return joined;
}

/**
 * The span from the first to the last argument, as `getArgumentsRange` computes it; derived from arguments already
 * read because every AST call re-scans the instruction text.
 */
function argumentsRangeOf(args: readonly Argument[]): AstRange | null {
  const first = args[0];
  const last = args.at(-1);
  if (first === undefined || last === undefined) return null;
  return { start: first.getRange().start, end: last.getRange().end };
}

function hasMethod<K extends string>(value: object, name: K): value is Record<K, () => unknown> {
  return typeof (value as Record<string, unknown>)[name] === 'function';
}

function astFlagsOf(instruction: Instruction): readonly Flag[] {
  if (!hasMethod(instruction, 'getFlags')) return [];
  // Only modifiable instructions have getFlags (checked above); they compute the flags once and keep them.
  return (instruction as unknown as { getFlags(): Flag[] }).getFlags();
}

function flagViews(flags: readonly Flag[]): readonly FlagView[] {
  if (flags.length === 0) return none;
  const views: FlagView[] = [];
  for (const flag of flags)
    views.push({ name: flag.getName(), value: flag.getValue(), range: toRange(flag.getRange()) });
  return views;
}

/**
 * Exec form as the builder decides it: the arguments parse as a JSON array of strings. Parsed from the text because
 * the AST's JSON strings drop the spaces inside them (`"curl -k x"` came back as `curl-kx`).
 */
function jsonOf(instruction: Instruction, argsText: string): string[] | undefined {
  if (!hasMethod(instruction, 'getJSONStrings')) return undefined;
  const text = argsText.trim();
  if (!text.startsWith('[') || !text.endsWith(']')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not valid JSON: the builder runs it in shell form.
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const strings: string[] = [];
  for (const item of parsed) {
    if (typeof item !== 'string') return undefined;
    strings.push(item);
  }
  return strings;
}

function propertiesOf(instruction: Instruction): readonly PropertyView[] {
  if (!hasMethod(instruction, 'getProperties')) return none;
  // The AST's instruction classes are not a union TypeScript can narrow; getProperties was checked above.
  const properties = (instruction as unknown as PropertyInstruction).getProperties();
  const views: PropertyView[] = [];
  for (const property of properties)
    views.push({ name: property.getName(), value: property.getValue(), range: toRange(property.getRange()) });
  return views;
}

/**
 * Only an argument starting with `<<` opens a heredoc, so other instructions skip the AST's heredoc scan (which reads
 * the arguments and the instruction text again).
 */
function mayHaveHeredoc(args: readonly Argument[]): boolean {
  for (const argument of args) if (argument.getValue().startsWith('<<')) return true;
  return false;
}

function heredocsOf(
  instruction: Instruction,
  args: readonly Argument[],
  lines: readonly string[],
): readonly HeredocView[] {
  if (!mayHaveHeredoc(args) || !hasMethod(instruction, 'getHeredocs')) return none;
  // getHeredocs is public on RUN, COPY and ADD and protected on the base class; its presence was checked above.
  const heredocs = (instruction as unknown as { getHeredocs(): Heredoc[] }).getHeredocs();
  const views: HeredocView[] = [];
  for (const heredoc of heredocs) {
    const content = heredoc.getContentRange();
    views.push({
      name: heredoc.getName(),
      content: content === null ? '' : sliceRange(lines, content),
      range: toRange(content ?? heredoc.getStartRange()),
    });
  }
  return views;
}

const heredocOpener = /<<-?["']?\w+["']?/;
const leadingFlags = /^(?:--\S+\s+)+/;

function commandOf(
  keyword: string,
  argsText: string,
  json: readonly string[] | undefined,
  heredocs: readonly HeredocView[],
): string {
  if (!commandKeywords.has(keyword)) return argsText;
  if (json !== undefined) return json.join(' ');
  if (heredocs.length > 0) {
    const head = argsText.split(heredocOpener)[0]?.trim() ?? '';
    return [head, ...heredocs.map((heredoc) => heredoc.content)].filter((part) => part !== '').join('\n');
  }
  return argsText.replace(leadingFlags, '');
}

/** An instruction's view with the AST arguments and flags it was read from, so FROM need not read them again. */
interface ReadInstruction {
  view: InstructionView;
  args: readonly Argument[];
  flags: readonly Flag[];
}

function readInstruction(
  instruction: Instruction,
  keyword: string,
  stageIndex: number,
  lines: readonly string[],
  escapeChar: string,
): ReadInstruction {
  // Each AST accessor re-scans the instruction text, so the arguments are read once and everything derives from them.
  const astArgs = instruction.getArguments();
  const astFlags = astFlagsOf(instruction);
  const astArgumentsRange = argumentsRangeOf(astArgs);
  const argsText = joinArguments(astArgumentsRange, lines, escapeChar);
  const json = jsonOf(instruction, argsText);
  const heredocs = heredocsOf(instruction, astArgs, lines);
  const args: string[] = [];
  for (const argument of astArgs) args.push(argument.getValue());
  const view: InstructionView = {
    keyword,
    range: toRange(instruction.getRange()),
    stageIndex,
    argsText,
    args,
    flags: flagViews(astFlags),
    heredocs,
    properties: propertiesOf(instruction),
    command: commandOf(keyword, argsText, json, heredocs),
  };
  if (json !== undefined) view.json = json;
  if (astArgumentsRange !== null) view.argumentsRange = toRange(astArgumentsRange);
  return { view, args: astArgs, flags: astFlags };
}

const argReference = /\$\{(?<braced>\w+)(?::?[-+][^}]*)?\}|\$(?<bare>\w+)/g;
const registryHost = /[.:]|^localhost$/;

function substituteArgs(text: string, defaults: ReadonlyMap<string, string>): string {
  if (!text.includes('$')) return text;
  return text.replace(argReference, (whole, ...rest) => {
    const groups = rest.at(-1) as { braced?: string; bare?: string };
    const name = groups.braced ?? groups.bare ?? '';
    return defaults.get(name) ?? whole;
  });
}

/** What `getImage`, `getBuildStage` and `getPlatformFlag` return, from the arguments and flags already read. */
function toFromView(
  from: From,
  read: ReadInstruction,
  defaults: ReadonlyMap<string, string>,
  aliases: ReadonlySet<string>,
): FromView {
  const written = read.args[0]?.getValue() ?? '';
  const image = substituteArgs(written, defaults);
  const digestAt = image.indexOf('@');
  const withoutDigest = digestAt >= 0 ? image.slice(0, digestAt) : image;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const hasTag = colon > lastSlash;
  const repository = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  const firstSegment = repository.split('/')[0] ?? '';
  const hasRegistry = repository.includes('/') && registryHost.test(firstSegment);
  // The alias is the raw text of the third argument; only then is the AST asked (once per named stage).
  const alias =
    read.args.length > 2 && read.args[1]?.getValue().toUpperCase() === 'AS'
      ? (from.getBuildStage() ?? undefined)
      : undefined;
  const [onlyFlag] = read.flags;
  const platform =
    read.flags.length === 1 && onlyFlag?.getName() === 'platform'
      ? (onlyFlag.getValue() ?? undefined)
      : undefined;
  return {
    image,
    repository,
    ...(hasTag ? { tag: withoutDigest.slice(colon + 1) } : {}),
    ...(digestAt >= 0 ? { digest: image.slice(digestAt + 1) } : {}),
    ...(hasRegistry ? { registry: firstSegment } : {}),
    ...(alias === undefined ? {} : { alias }),
    ...(platform === undefined ? {} : { platform }),
    isStageReference: aliases.has(image.toLowerCase()),
    isScratch: image.toLowerCase() === 'scratch',
  };
}

function globalArgDefaults(dockerfile: Dockerfile): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const arg of dockerfile.getInitialARGs()) {
    const property = arg.getProperty();
    const name = property?.getName();
    const value = property?.getValue();
    if (name && value !== null && value !== undefined) defaults.set(name, value);
  }
  return defaults;
}

export interface DockerfileParse {
  view: DockerfileView;
  errors: ParseError[];
}

/** Parses a Dockerfile or Containerfile into stages and instructions with 1-based ranges. */
export function parseDockerfile(text: string, file: string): DockerfileParse {
  const dockerfile = DockerfileParser.parse(text);
  const lines = text.split(lineBreak);
  const escapeChar = dockerfile.getEscapeCharacter();
  const errors: ParseError[] = [];
  const defaults = globalArgDefaults(dockerfile);
  const instructions: InstructionView[] = [];
  const globalArgs: InstructionView[] = [];
  const stages: StageView[] = [];
  const aliases = new Set<string>();
  let current:
    | {
        index: number;
        name: string;
        from: FromView;
        fromInstruction: InstructionView;
        instructions: InstructionView[];
      }
    | undefined;
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = knownKeywords.get(instruction.getKeyword());
    if (keyword === undefined) {
      const range = toRange(instruction.getRange());
      errors.push({
        line: range.startLine,
        column: range.startColumn,
        message: `unknown instruction ${instruction.getInstruction()}`,
      });
      continue;
    }
    const stageIndex = keyword === 'FROM' ? stages.length : (current?.index ?? -1);
    const read = readInstruction(instruction, keyword, stageIndex, lines, escapeChar);
    const { view } = read;
    instructions.push(view);
    if (keyword === 'FROM') {
      // The parser builds a From for every FROM keyword; the AST's instructions are not a union TypeScript narrows.
      const from = toFromView(instruction as From, read, defaults, aliases);
      if (from.alias !== undefined) aliases.add(from.alias.toLowerCase());
      current = {
        index: stageIndex,
        name: from.alias ?? String(stageIndex),
        from,
        fromInstruction: view,
        instructions: [view],
      };
      stages.push(current);
      continue;
    }
    if (current === undefined) {
      if (keyword === 'ARG') globalArgs.push(view);
      continue;
    }
    current.instructions.push(view);
  }
  return { view: { file, escapeChar, globalArgs, stages, instructions, lines }, errors };
}
