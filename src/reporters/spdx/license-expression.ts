import { SPDX } from '@cyclonedx/cyclonedx-library';

/**
 * SPDX license expressions (SPDX 2.3 annex D): license ids from the SPDX list (optionally with `+`), `LicenseRef-…`
 * and `DocumentRef-…:LicenseRef-…`, joined by `AND`, `OR` and `WITH <exception>`, with parentheses. Package
 * databases record licences loosely (`GPL-2+`, `BSD`); only what parses here is written as an expression, the rest
 * is said to be unknown rather than guessed.
 */

const licenseRef = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;
const operators = new Set(['AND', 'OR', 'WITH']);

function tokenize(expression: string): string[] {
  return expression
    .replaceAll('(', ' ( ')
    .replaceAll(')', ' ) ')
    .split(/\s+/)
    .filter((token) => token !== '');
}

function isLicenseId(token: string): boolean {
  if (licenseRef.test(token)) return true;
  const id = token.endsWith('+') ? token.slice(0, -1) : token;
  return !operators.has(id) && SPDX.isSupportedSpdxId(id);
}

function isExceptionId(token: string): boolean {
  return !operators.has(token) && SPDX.isSupportedSpdxId(token);
}

/** Recursive descent over the tokens; `position` is the next unread token. */
class ExpressionParser {
  private position = 0;

  constructor(private readonly tokens: readonly string[]) {}

  parse(): boolean {
    return this.tokens.length > 0 && this.or() && this.position === this.tokens.length;
  }

  private peek(): string | undefined {
    return this.tokens[this.position];
  }

  private take(): string | undefined {
    const token = this.tokens[this.position];
    this.position += 1;
    return token;
  }

  private or(): boolean {
    if (!this.and()) return false;
    while (this.peek() === 'OR') {
      this.take();
      if (!this.and()) return false;
    }
    return true;
  }

  private and(): boolean {
    if (!this.withException()) return false;
    while (this.peek() === 'AND') {
      this.take();
      if (!this.withException()) return false;
    }
    return true;
  }

  private withException(): boolean {
    if (!this.primary()) return false;
    if (this.peek() !== 'WITH') return true;
    this.take();
    const exception = this.take();
    return exception !== undefined && isExceptionId(exception);
  }

  private primary(): boolean {
    const token = this.take();
    if (token === undefined) return false;
    if (token === '(') return this.or() && this.take() === ')';
    return isLicenseId(token);
  }
}

export function isValidLicenseExpression(expression: string): boolean {
  return new ExpressionParser(tokenize(expression)).parse();
}

/** One expression for all of a package's licences (each must be valid), or undefined when that cannot be said. */
export function combinedLicenseExpression(licenses: readonly string[] | undefined): string | undefined {
  if (licenses === undefined || licenses.length === 0) return undefined;
  const parts: string[] = [];
  for (const license of licenses) {
    const trimmed = license.trim();
    if (!isValidLicenseExpression(trimmed)) return undefined;
    const compound = tokenize(trimmed).length > 1;
    const part = compound && licenses.length > 1 ? `(${trimmed})` : trimmed;
    if (!parts.includes(part)) parts.push(part);
  }
  return parts.join(' AND ');
}
