import type { Dockerfile, Flag, From, Heredoc, Instruction, PropertyInstruction } from 'dockerfile-ast';
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

const knownKeywords = new Set([
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
]);
const commandKeywords = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'SHELL']);

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
function joinArguments(instruction: Instruction, lines: readonly string[], escapeChar: string): string {
  const range = instruction.getArgumentsRange();
  if (range === null) return '';
  const parts: string[] = [];
  for (let line = range.start.line; line <= range.end.line; line += 1) {
    let text = lines[line] ?? '';
    if (line === range.start.line) text = text.slice(range.start.character);
    if (line === range.end.line)
      text = text.slice(0, range.end.character - (line === range.start.line ? range.start.character : 0));
    if (line !== range.start.line && text.trimStart().startsWith('#')) continue;
    const trimmed = text.trimEnd();
    parts.push(trimmed.endsWith(escapeChar) ? trimmed.slice(0, -escapeChar.length) : trimmed);
  }
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}

function hasMethod<K extends string>(value: object, name: K): value is Record<K, () => unknown> {
  return typeof (value as Record<string, unknown>)[name] === 'function';
}

function flagsOf(instruction: Instruction): FlagView[] {
  if (!hasMethod(instruction, 'getFlags')) return [];
  const flags = (instruction as unknown as { getFlags(): Flag[] }).getFlags();
  return flags.map((flag) => ({
    name: flag.getName(),
    value: flag.getValue(),
    range: toRange(flag.getRange()),
  }));
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

function propertiesOf(instruction: Instruction): PropertyView[] {
  if (!hasMethod(instruction, 'getProperties')) return [];
  // The AST's instruction classes are not a union TypeScript can narrow; getProperties was checked above.
  const properties = (instruction as unknown as PropertyInstruction).getProperties();
  return properties.map((property) => ({
    name: property.getName(),
    value: property.getValue(),
    range: toRange(property.getRange()),
  }));
}

function heredocsOf(instruction: Instruction, lines: readonly string[]): HeredocView[] {
  if (!hasMethod(instruction, 'getHeredocs')) return [];
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

function commandOf(
  keyword: string,
  argsText: string,
  json: readonly string[] | undefined,
  heredocs: readonly HeredocView[],
): string {
  if (!commandKeywords.has(keyword)) return argsText;
  if (json !== undefined) return json.join(' ');
  if (heredocs.length > 0) {
    const head = argsText.split(/<<-?["']?\w+["']?/)[0]?.trim() ?? '';
    return [head, ...heredocs.map((heredoc) => heredoc.content)].filter((part) => part !== '').join('\n');
  }
  return argsText.replace(/^(?:--\S+\s+)+/, '');
}

function toInstructionView(
  instruction: Instruction,
  stageIndex: number,
  lines: readonly string[],
  escapeChar: string,
): InstructionView {
  const keyword = instruction.getKeyword().toUpperCase();
  const argsText = joinArguments(instruction, lines, escapeChar);
  const flags = flagsOf(instruction);
  const json = jsonOf(instruction, argsText);
  const heredocs = heredocsOf(instruction, lines);
  const args = instruction.getArguments().map((argument) => argument.getValue());
  const argumentsRange = instruction.getArgumentsRange();
  return {
    keyword,
    range: toRange(instruction.getRange()),
    stageIndex,
    argsText,
    args,
    flags,
    ...(json === undefined ? {} : { json }),
    heredocs,
    properties: propertiesOf(instruction),
    ...(argumentsRange === null ? {} : { argumentsRange: toRange(argumentsRange) }),
    command: commandOf(keyword, argsText, json, heredocs),
  };
}

function substituteArgs(text: string, defaults: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{(?<braced>\w+)(?::?[-+][^}]*)?\}|\$(?<bare>\w+)/g, (whole, ...rest) => {
    const groups = rest.at(-1) as { braced?: string; bare?: string };
    const name = groups.braced ?? groups.bare ?? '';
    return defaults.get(name) ?? whole;
  });
}

function toFromView(
  from: From,
  defaults: ReadonlyMap<string, string>,
  aliases: ReadonlySet<string>,
): FromView {
  const written = from.getImage() ?? '';
  const image = substituteArgs(written, defaults);
  const digestAt = image.indexOf('@');
  const withoutDigest = digestAt >= 0 ? image.slice(0, digestAt) : image;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const hasTag = colon > lastSlash;
  const repository = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  const firstSegment = repository.split('/')[0] ?? '';
  const hasRegistry = repository.includes('/') && /[.:]|^localhost$/.test(firstSegment);
  const alias = from.getBuildStage() ?? undefined;
  const platform = from.getPlatformFlag()?.getValue() ?? undefined;
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
  const lines = text.split(/\r?\n/);
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
    const keyword = instruction.getKeyword().toUpperCase();
    if (!knownKeywords.has(keyword)) {
      const range = toRange(instruction.getRange());
      errors.push({
        line: range.startLine,
        column: range.startColumn,
        message: `unknown instruction ${instruction.getInstruction()}`,
      });
      continue;
    }
    const stageIndex = keyword === 'FROM' ? stages.length : (current?.index ?? -1);
    const view = toInstructionView(instruction, stageIndex, lines, escapeChar);
    instructions.push(view);
    if (keyword === 'FROM') {
      const from = toFromView(instruction as From, defaults, aliases);
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
