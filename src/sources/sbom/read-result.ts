import type { FieldPath, Inventory } from '../../core/index.js';

/** An entry that became no package, and where in the document it is. */
export interface SkippedEntry {
  path: FieldPath;
  message: string;
}

export interface SbomReading {
  inventory: Inventory;
  skipped: SkippedEntry[];
}

/** `name: expected string, received number`: the first schema issue of an entry, for its skip note. */
export function firstIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const [issue] = issues;
  if (issue === undefined) return 'invalid';
  const field = issue.path.map(String).join('.');
  const message = issue.message.replace(/^Invalid input: /, '');
  return field === '' ? message : `${field}: ${message}`;
}
