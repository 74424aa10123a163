import type { FieldPath } from '../../core/index.js';
import { formatPath } from '../../core/index.js';
import type { Locate, ParseError } from './parse-result.js';

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

function toFieldPath(path: readonly PropertyKey[]): FieldPath {
  return path.filter((segment): segment is string | number => typeof segment !== 'symbol');
}

/** Turns schema issues into input errors that point at the offending field's line. */
export function issuesToErrors(issues: readonly Issue[], locate: Locate, what: string): ParseError[] {
  return issues.slice(0, 5).map((issue) => {
    const path = toFieldPath(issue.path);
    const at = locate(path);
    return {
      line: at.range.startLine,
      column: at.range.startColumn,
      message: `invalid ${what}: ${formatPath(path) || '(root)'}: ${issue.message}`,
    };
  });
}
