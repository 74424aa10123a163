import type { FieldPath, Range } from '../../core/index.js';

/** A problem in one input file, always with a line (1 when the whole file is at fault). */
export interface ParseError {
  line: number;
  column?: number;
  message: string;
}

/** Resolves a field path to the text that holds it, or to its deepest existing ancestor when the field is omitted. */
export interface Located {
  range: Range;
  /** Start line of every node from the document root down to the located node; inline suppressions match these. */
  ancestorLines: readonly number[];
  /** True when the full path exists; false when the location is an ancestor because the field is omitted. */
  exact: boolean;
}

export type Locate = (path: FieldPath) => Located;

export function wholeLineRange(line: number): Range {
  return { startLine: line, startColumn: 1, endLine: line, endColumn: 1 };
}
