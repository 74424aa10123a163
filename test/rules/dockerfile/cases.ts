import type { ExpectedViolation, InvalidCase, TestSettings, ValidCase } from '../../support/rule-tester.js';

/** Joins lines into a Dockerfile; line 1 of the result is the first argument. */
export function dockerfile(...lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}

export function valid(name: string, code: string, settings?: TestSettings): ValidCase {
  return { name, code, kind: 'dockerfile', ...(settings === undefined ? {} : { settings }) };
}

export function invalid(
  name: string,
  code: string,
  errors: ExpectedViolation[],
  settings?: TestSettings,
): InvalidCase {
  return { name, code, kind: 'dockerfile', errors, ...(settings === undefined ? {} : { settings }) };
}
