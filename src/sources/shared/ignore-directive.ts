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
const directivePattern =
  /^\s*(?:#|\/\/)\s*bulwark:ignore\s+(?<ids>[A-Za-z0-9_,\s-]+?)(?:\s+reason=(?:"(?<quoted>[^"]*)"|(?<bare>\S+)))?(?:\s+expires=(?<expires>\S+))?\s*$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const commentOrBlank = /^\s*(?:#.*)?$/;

export interface DirectiveScan {
  directives: IgnoreDirective[];
  errors: ParseError[];
}

/** Scans raw text; cheap when the marker is absent, which is nearly always. */
export function scanIgnoreDirectives(text: string): DirectiveScan {
  const directives: IgnoreDirective[] = [];
  const errors: ParseError[] = [];
  if (!text.includes(marker)) return { directives, errors };
  const lines = text.split(/\r?\n/);
  for (const [index, content] of lines.entries()) {
    if (!content.includes(marker)) continue;
    const line = index + 1;
    const match = directivePattern.exec(content);
    const groups = match?.groups;
    if (groups === undefined) {
      errors.push({
        line,
        message: `unreadable ${marker} comment: expected "# ${marker} ID[,ID] reason=\\"…\\""`,
      });
      continue;
    }
    const expires = groups['expires'];
    if (expires !== undefined && !datePattern.test(expires)) {
      errors.push({ line, message: `${marker}: expires=${expires} is not a date (YYYY-MM-DD)` });
      continue;
    }
    const ruleIds = (groups['ids'] ?? '')
      .split(/[\s,]+/)
      .filter((id) => id !== '')
      .map((id) => id.toUpperCase());
    let targetLine = line + 1;
    while (targetLine <= lines.length && commentOrBlank.test(lines[targetLine - 1] ?? '')) targetLine += 1;
    directives.push({
      line,
      targetLine,
      ruleIds,
      reason: groups['quoted'] ?? groups['bare'] ?? '',
      ...(expires === undefined ? {} : { expires }),
    });
  }
  return { directives, errors };
}
