import type { ParseError } from './parse-result.js';

/**
 * `# bulwark:ignore KW001,KW004 reason="why" expires=2027-01-31` — covers the node or instruction that starts on
 * the first line after its comment block (`targetLine`).
 */
export interface IgnoreDirective {
  line: number;
  targetLine: number;
  ruleIds: readonly string[];
  reason: string;
  expires?: string;
}

const marker = 'bulwark:ignore';
const commentLine = /^\s*#/;
const trailingComment = /\s#\s*bulwark:ignore\b/;
const directivePattern =
  /^\s*#\s*bulwark:ignore\s+(?<ids>[A-Za-z0-9_,\s-]+?)(?:\s+reason=(?:"(?<quoted>[^"]*)"|(?<bare>\S+)))?(?:\s+expires=(?<expires>\S+))?\s*$/;
const datePattern = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/;
const commentOrBlank = /^\s*(?:#.*)?$/;

export interface DirectiveScan {
  directives: IgnoreDirective[];
  errors: ParseError[];
}

/** A real calendar date, so `2020-13-45` is refused instead of silently never (or always) expiring. */
export function isCalendarDate(text: string): boolean {
  const groups = datePattern.exec(text)?.groups;
  if (groups === undefined) return false;
  const year = Number(groups['year']);
  const month = Number(groups['month']);
  const day = Number(groups['day']);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function targetLineAfter(lines: readonly string[], line: number): number {
  let target = line + 1;
  while (target <= lines.length && commentOrBlank.test(lines[target - 1] ?? '')) target += 1;
  return target;
}

function parseDirective(
  content: string,
  line: number,
  lines: readonly string[],
): IgnoreDirective | ParseError {
  const groups = directivePattern.exec(content)?.groups;
  if (groups === undefined) {
    return {
      line,
      message: `unreadable ${marker} comment: expected "# ${marker} ID[,ID] reason=\\"…\\" [expires=YYYY-MM-DD]"`,
    };
  }
  const expires = groups['expires'];
  if (expires !== undefined && !isCalendarDate(expires)) {
    return { line, message: `${marker}: expires=${expires} is not a date (YYYY-MM-DD)` };
  }
  const ruleIds = (groups['ids'] ?? '')
    .split(/[\s,]+/)
    .filter((id) => id !== '')
    .map((id) => id.toUpperCase());
  return {
    line,
    targetLine: targetLineAfter(lines, line),
    ruleIds,
    reason: groups['quoted'] ?? groups['bare'] ?? '',
    ...(expires === undefined ? {} : { expires }),
  };
}

/**
 * Scans raw text for whole-line `#` comments carrying the marker; cheap when the marker is absent, which is nearly
 * always. A marker in a value is not a directive; one at the end of a line is refused with a hint where it goes.
 */
export function scanIgnoreDirectives(text: string): DirectiveScan {
  const directives: IgnoreDirective[] = [];
  const errors: ParseError[] = [];
  if (!text.includes(marker)) return { directives, errors };
  const lines = text.split(/\r?\n/);
  for (const [index, content] of lines.entries()) {
    if (!content.includes(marker)) continue;
    const line = index + 1;
    if (!commentLine.test(content)) {
      if (trailingComment.test(content)) {
        errors.push({
          line,
          message: `${marker} must be on its own line, directly before the node or instruction it covers`,
        });
      }
      continue;
    }
    const parsed = parseDirective(content, line, lines);
    if ('targetLine' in parsed) directives.push(parsed);
    else errors.push(parsed);
  }
  return { directives, errors };
}
