/** Small comparison helpers shared by the version schemes. Every function returns exactly -1, 0 or 1. */

const zero = 0x30;
const nine = 0x39;

export function isAsciiDigit(code: number): boolean {
  return code >= zero && code <= nine;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function sign(value: number): number {
  if (value < 0) return -1;
  if (value > 0) return 1;
  return 0;
}

/** Code-unit order, the order of C's strcmp for ASCII. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Compares two runs of ASCII digits, `a[aStart, aEnd)` and `b[bStart, bEnd)`, by value. Runs are compared as text
 * after their leading zeros, so numbers longer than 2^53 (date-stamped versions) keep their order.
 */
export function compareDigitRuns(
  a: string,
  aStart: number,
  aEnd: number,
  b: string,
  bStart: number,
  bEnd: number,
): number {
  let i = aStart;
  let j = bStart;
  while (i < aEnd && a.charCodeAt(i) === zero) i++;
  while (j < bEnd && b.charCodeAt(j) === zero) j++;
  const aLength = aEnd - i;
  const bLength = bEnd - j;
  if (aLength !== bLength) return aLength < bLength ? -1 : 1;
  for (; i < aEnd; i++, j++) {
    const difference = a.charCodeAt(i) - b.charCodeAt(j);
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  return 0;
}

/** Compares two whole digit strings by value (leading zeros ignored). */
export function compareDigits(a: string, b: string): number {
  return compareDigitRuns(a, 0, a.length, b, 0, b.length);
}

/** The digits of a numeric string without leading zeros; zero becomes the empty string. */
export function stripLeadingZeros(digits: string): string {
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === zero) start++;
  return start === 0 ? digits : digits.slice(start);
}

/**
 * The documented fallback of the schemes that reject some strings outright (apk, semver, Go, PEP 440, RubyGems):
 * an unparsable version sorts before every valid one, and unparsable versions sort among themselves by code-unit
 * order. This keeps the order total, so sorting never fails; callers learn of the problem from `isValidVersion`.
 */
export function compareInvalid(aValid: boolean, bValid: boolean, a: string, b: string): number {
  if (aValid !== bValid) return aValid ? 1 : -1;
  return compareText(a, b);
}
