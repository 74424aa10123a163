import type { FieldPath, Range } from '../../../core/index.js';
import type { DockerfileView, HeredocView, InstructionView, StageView } from '../../../sources/index.js';
import type { ShellCommand } from './shell-commands.js';
import { commandsFromWords, isShellName, splitShellCommands } from './shell-commands.js';
import { basename } from './shell-wrappers.js';
import { instructionPath, isWindowsStage, parentStage } from './stages.js';

/** A command of a RUN with where it sits in the Dockerfile. */
export interface RunCommand extends ShellCommand {
  range: Range;
  /** `stages[0].instructions[2].commands[1]`: distinct per command so two findings in one RUN stay apart. */
  path: FieldPath;
}

export interface RunMount {
  /** `bind` when the flag does not say. */
  type: string;
  target?: string;
  options: ReadonlyMap<string, string>;
}

export interface RunInstruction {
  instruction: InstructionView;
  stage: StageView;
  path: FieldPath;
  mounts: readonly RunMount[];
  /** The SHELL in effect for this RUN. */
  shell: readonly string[];
  /** False under PowerShell or cmd: the text is then not read as a POSIX shell script and has no commands. */
  posix: boolean;
  /** The shell text that runs (continuations joined, script heredoc included), for checks on raw text. */
  text: string;
  commands: readonly RunCommand[];
}

interface Segment {
  offset: number;
  line: number;
  column: number;
}

/** Script text with a map from its offsets back to Dockerfile lines and columns. */
interface Piece {
  text: string;
  segments: Segment[];
}

const onbuildRunKeyword = /^RUN\s/i;
const nonPosixShell = /^(?:pwsh|powershell|cmd)(?:\.exe)?$/i;

function positionAt(piece: Piece, offset: number): { line: number; column: number } {
  let chosen = piece.segments[0] ?? { offset: 0, line: 1, column: 1 };
  for (const segment of piece.segments) {
    if (segment.offset > offset) break;
    chosen = segment;
  }
  return { line: chosen.line, column: chosen.column + (offset - chosen.offset) };
}

/** The instruction's arguments with continuations joined and comment lines dropped, as the builder passes them. */
function argumentPiece(
  view: DockerfileView,
  instruction: InstructionView,
  lastLine?: number,
): Piece | undefined {
  const range = instruction.argumentsRange;
  if (range === undefined) return undefined;
  const endLine = Math.min(range.endLine, lastLine ?? range.endLine);
  const piece: Piece = { text: '', segments: [] };
  for (let line = range.startLine; line <= endLine; line += 1) {
    const raw = view.lines[line - 1] ?? '';
    const from = line === range.startLine ? range.startColumn - 1 : 0;
    const to = line === range.endLine ? range.endColumn - 1 : raw.length;
    let part = raw.slice(from, to);
    if (line !== range.startLine && part.trimStart().startsWith('#')) continue;
    part = part.trimEnd();
    if (part.endsWith(view.escapeChar)) part = part.slice(0, -view.escapeChar.length);
    const lead = part.length - part.trimStart().length;
    part = part.trim();
    if (part === '') continue;
    if (piece.text !== '') piece.text += ' ';
    piece.segments.push({ offset: piece.text.length, line, column: from + lead + 1 });
    piece.text += part;
  }
  return piece;
}

function slicePiece(piece: Piece, start: number): Piece {
  const at = positionAt(piece, start);
  return {
    text: piece.text.slice(start),
    segments: [
      { offset: 0, line: at.line, column: at.column },
      ...piece.segments
        .filter((segment) => segment.offset > start)
        .map((segment) => ({ ...segment, offset: segment.offset - start })),
    ],
  };
}

function heredocPiece(heredoc: HeredocView): Piece {
  const piece: Piece = { text: heredoc.content, segments: [] };
  let offset = 0;
  for (const [index, line] of heredoc.content.split('\n').entries()) {
    piece.segments.push({ offset, line: heredoc.range.startLine + index, column: 1 });
    offset += line.length + 1;
  }
  return piece;
}

/** A `#!` line makes BuildKit run the heredoc with that interpreter; only shells give commands to read. */
function shebangIsShell(script: string): boolean {
  if (!script.startsWith('#!')) return true;
  const words = (script.split('\n')[0] ?? '').slice(2).trim().split(/\s+/);
  const interpreter =
    basename(words[0] ?? '') === 'env'
      ? words.find((word, index) => index > 0 && !word.startsWith('-'))
      : words[0];
  return isShellName(basename(interpreter ?? ''));
}

/** `RUN <<EOF` runs the heredoc as the script; `RUN bash <<EOF` feeds it to a shell; `RUN python3 <<EOF` does not. */
function heredocIsScript(header: readonly ShellCommand[], body: string): boolean {
  const named = header.filter((command) => command.depth === 0 && command.name !== '');
  const first = named[0];
  if (first !== undefined && (!isShellName(first.name) || first.inlineScript !== undefined)) return false;
  return shebangIsShell(body);
}

/** Where each command sits in the Dockerfile; `fallback` (the instruction) when the text does not say. */
function locate(commands: readonly ShellCommand[], piece: Piece | undefined, fallback: Range): Range[] {
  const ranges: Range[] = [];
  for (const command of commands) {
    if (piece === undefined || command.offset < 0) {
      ranges.push(fallback);
      continue;
    }
    const start = positionAt(piece, command.offset);
    const end = positionAt(piece, Math.max(command.offset, command.end - 1));
    ranges.push({
      startLine: start.line,
      startColumn: start.column,
      endLine: end.line,
      endColumn: end.column + 1,
    });
  }
  return ranges;
}

function parseMounts(instruction: InstructionView): RunMount[] {
  const mounts: RunMount[] = [];
  for (const flag of instruction.flags) {
    if (flag.name !== 'mount' || flag.value === null) continue;
    const options = new Map<string, string>();
    for (const part of flag.value.split(',')) {
      const equals = part.indexOf('=');
      if (equals < 0) options.set(part.trim(), 'true');
      else options.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim());
    }
    const target = options.get('target') ?? options.get('dst') ?? options.get('destination');
    mounts.push({
      type: options.get('type') ?? 'bind',
      ...(target === undefined ? {} : { target }),
      options,
    });
  }
  return mounts;
}

interface Script {
  text: string;
  commands: readonly ShellCommand[];
  /** The range of each command, index for index. */
  ranges: readonly Range[];
}

const onbuildRun = /^RUN\s+(?:--\S+\s+)*/i;

function readScript(view: DockerfileView, instruction: InstructionView): Script {
  if (instruction.json !== undefined) {
    const commands = commandsFromWords(instruction.json);
    return {
      text: instruction.json.join(' '),
      commands,
      ranges: locate(commands, undefined, instruction.range),
    };
  }
  const heredoc = instruction.keyword === 'RUN' ? instruction.heredocs[0] : undefined;
  let header = argumentPiece(
    view,
    instruction,
    heredoc === undefined ? undefined : heredoc.range.startLine - 1,
  );
  if (header !== undefined && instruction.keyword === 'ONBUILD') {
    const trigger = onbuildRun.exec(header.text);
    header = trigger === null ? undefined : slicePiece(header, trigger[0].length);
  }
  if (header === undefined) return { text: '', commands: [], ranges: [] };
  const headerCommands = splitShellCommands(header.text);
  const ranges = locate(headerCommands, header, instruction.range);
  if (heredoc === undefined || !heredocIsScript(headerCommands, heredoc.content))
    return { text: header.text, commands: headerCommands, ranges };
  const body = heredocPiece(heredoc);
  const nextPipeline = Math.max(0, ...headerCommands.map((command) => command.pipeline)) + 1;
  const bodyCommands = splitShellCommands(body.text, nextPipeline);
  return {
    text: `${header.text}\n${body.text}`,
    commands: [...headerCommands, ...bodyCommands],
    ranges: [...ranges, ...locate(bodyCommands, body, instruction.range)],
  };
}

const notRead: Script = { text: '', commands: [], ranges: [] };

/**
 * A command with its place, written out field by field: objects made by spreading a command and adding fields are
 * markedly slower to read, and every rule reads every command.
 */
function toRunCommand(command: ShellCommand, range: Range, path: FieldPath): RunCommand {
  if (command.inlineScript !== undefined)
    return {
      name: command.name,
      program: command.program,
      args: command.args,
      wrappers: command.wrappers,
      assignments: command.assignments,
      pipeline: command.pipeline,
      pipePosition: command.pipePosition,
      pipeLength: command.pipeLength,
      offset: command.offset,
      end: command.end,
      depth: command.depth,
      substitutions: command.substitutions,
      inlineScript: command.inlineScript,
      range,
      path,
    };
  return {
    name: command.name,
    program: command.program,
    args: command.args,
    wrappers: command.wrappers,
    assignments: command.assignments,
    pipeline: command.pipeline,
    pipePosition: command.pipePosition,
    pipeLength: command.pipeLength,
    offset: command.offset,
    end: command.end,
    depth: command.depth,
    substitutions: command.substitutions,
    range,
    path,
  };
}

function placeCommands(script: Script, fallback: Range, path: FieldPath): RunCommand[] {
  const commands: RunCommand[] = [];
  for (const [index, command] of script.commands.entries())
    commands.push(toRunCommand(command, script.ranges[index] ?? fallback, [...path, 'commands', index]));
  return commands;
}

function isRun(instruction: InstructionView): boolean {
  return (
    instruction.keyword === 'RUN' ||
    (instruction.keyword === 'ONBUILD' && onbuildRunKeyword.test(instruction.argsText))
  );
}

function collect(view: DockerfileView): RunInstruction[] {
  const runs: RunInstruction[] = [];
  const shellAtEnd = new Map<number, readonly string[]>();
  for (const stage of view.stages) {
    const parent = parentStage(view, stage);
    let shell: readonly string[] =
      (parent === undefined ? undefined : shellAtEnd.get(parent.index)) ??
      (isWindowsStage(view, stage) ? ['cmd', '/S', '/C'] : ['/bin/sh', '-c']);
    for (const instruction of stage.instructions) {
      if (instruction.keyword === 'SHELL' && instruction.json !== undefined && instruction.json.length > 0)
        shell = instruction.json;
      if (!isRun(instruction)) continue;
      const path = instructionPath(view, instruction);
      const posix = !nonPosixShell.test(basename((shell[0] ?? '').replaceAll('\\', '/')));
      const script = posix ? readScript(view, instruction) : notRead;
      runs.push({
        instruction,
        stage,
        path,
        mounts: parseMounts(instruction),
        shell,
        posix,
        text: posix ? script.text : instruction.argsText,
        commands: placeCommands(script, instruction.range, path),
      });
    }
    shellAtEnd.set(stage.index, shell);
  }
  return runs;
}

interface RunScripts {
  runs: readonly RunInstruction[];
  commands: readonly RunCommand[];
}

const cache = new WeakMap<DockerfileView, RunScripts>();

function runScripts(view: DockerfileView): RunScripts {
  const cached = cache.get(view);
  if (cached !== undefined) return cached;
  const runs = collect(view);
  const commands: RunCommand[] = [];
  for (const run of runs) commands.push(...run.commands);
  const scripts = { runs, commands };
  cache.set(view, scripts);
  return scripts;
}

/** Every RUN (and ONBUILD RUN) of the Dockerfile with its commands; computed once per view. */
export function runInstructions(view: DockerfileView): readonly RunInstruction[] {
  return runScripts(view).runs;
}

/**
 * The commands of every RUN in file order, for rules that judge commands one by one: one flat list walks faster
 * than a loop over the commands of each RUN. Computed once per view.
 */
export function runCommands(view: DockerfileView): readonly RunCommand[] {
  return runScripts(view).commands;
}

/** A cache or tmpfs mount at `directory` or above it keeps that directory out of the image layer. */
export function hasCacheMount(run: RunInstruction, directory: string): boolean {
  return run.mounts.some((mount) => {
    if ((mount.type !== 'cache' && mount.type !== 'tmpfs') || mount.target === undefined) return false;
    const target = mount.target.replace(/\/+$/, '');
    return directory === target || directory.startsWith(`${target}/`);
  });
}
