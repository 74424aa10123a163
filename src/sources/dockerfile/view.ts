import type { Range } from '../../core/index.js';

export interface FlagView {
  name: string;
  value: string | null;
  range: Range;
}

export interface PropertyView {
  name: string;
  /** Value with quotes, escapes and continuations resolved; null for `ARG NAME` without a default. */
  value: string | null;
  range: Range;
}

export interface HeredocView {
  name: string;
  content: string;
  range: Range;
}

export interface InstructionView {
  /** Upper-case keyword (`RUN`), whatever the case in the file. */
  keyword: string;
  range: Range;
  /** Index of the stage the instruction belongs to; -1 for ARGs before the first FROM. */
  stageIndex: number;
  /** Arguments as written, with line continuations joined and interleaved comment lines removed. */
  argsText: string;
  /** Whitespace-separated argument words, flags excluded. */
  args: readonly string[];
  flags: readonly FlagView[];
  /** Exec-form (JSON array) arguments, when the instruction uses that form. */
  json?: readonly string[];
  heredocs: readonly HeredocView[];
  /** ENV, ARG and LABEL: the `name=value` pairs; empty for other instructions. */
  properties: readonly PropertyView[];
  /** Where the arguments start and end (after keyword and flags), for rules that map text back to lines. */
  argumentsRange?: Range;
  /**
   * For RUN/CMD/ENTRYPOINT/HEALTHCHECK/SHELL: the shell text that runs (heredoc bodies joined, exec form joined with
   * spaces); otherwise the same as argsText.
   */
  command: string;
}

export interface FromView {
  /** Image reference with build ARG defaults substituted (`debian:12` for `FROM ${BASE}`). */
  image: string;
  /** Repository without tag or digest, registry included when written (`ghcr.io/org/app`). */
  repository: string;
  tag?: string;
  digest?: string;
  registry?: string;
  alias?: string;
  platform?: string;
  /** The image is `scratch` or the alias of an earlier stage. */
  isStageReference: boolean;
  isScratch: boolean;
}

export interface StageView {
  index: number;
  /** Alias from `AS name`, else the index as text. */
  name: string;
  from: FromView;
  fromInstruction: InstructionView;
  instructions: readonly InstructionView[];
}

export interface DockerfileView {
  file: string;
  escapeChar: string;
  /** ARG instructions before the first FROM. */
  globalArgs: readonly InstructionView[];
  stages: readonly StageView[];
  /** Every instruction in file order, including FROMs and global ARGs. */
  instructions: readonly InstructionView[];
  /** Lines of the file (1-based index i is lines[i - 1]), for rules that need the raw text. */
  lines: readonly string[];
}
