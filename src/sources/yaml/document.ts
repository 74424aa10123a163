import type { LineCounter } from 'yaml';
import type { Range } from '../../core/index.js';
import type { Locate, ParseError } from '../shared/parse-result.js';

export interface YamlDocument {
  /** 0-based position of the document in its file. */
  index: number;
  value: unknown;
  startLine: number;
  locate: Locate;
}

export interface YamlParse {
  documents: YamlDocument[];
  errors: ParseError[];
}

export function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** The 1-based range from offset `start` to offset `end` (never before `start`). */
export function rangeOf(lines: LineCounter, start: number, end: number): Range {
  const from = lines.linePos(start);
  const to = lines.linePos(Math.max(start, end));
  return { startLine: from.line, startColumn: from.col, endLine: to.line, endColumn: to.col };
}
