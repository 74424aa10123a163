import type {
  ExpectedViolation,
  InvalidCase,
  TestSettings,
  ValidCase,
} from '../../../support/rule-tester.js';

/** Compose file format 2.4, 3.8, and the Compose Specification (no `version`). */
export type ComposeVersion = '2.4' | '3.8' | 'spec';

export const everyComposeVersion: readonly ComposeVersion[] = ['2.4', '3.8', 'spec'];

export interface ComposeSnippet {
  name: string;
  /** A whole compose file without `version:`; expected lines are this file's lines (the `spec` variant). */
  code: string;
  /** Formats the snippet is valid in; fields such as `deploy` only exist from 3.x on. */
  versions?: readonly ComposeVersion[];
  settings?: TestSettings;
}

export interface InvalidComposeSnippet extends ComposeSnippet {
  errors: ExpectedViolation[];
}

function withVersion(code: string, version: ComposeVersion): { code: string; offset: number } {
  return version === 'spec' ? { code, offset: 0 } : { code: `version: '${version}'\n${code}`, offset: 1 };
}

/** The snippet as one valid case per compose format. */
export function validForEveryVersion(snippet: ComposeSnippet): ValidCase[] {
  return (snippet.versions ?? everyComposeVersion).map((version) => ({
    name: `${snippet.name} (${version})`,
    code: withVersion(snippet.code, version).code,
    ...(snippet.settings === undefined ? {} : { settings: snippet.settings }),
  }));
}

/** The snippet as one invalid case per compose format, expected lines shifted past the `version:` line. */
export function invalidForEveryVersion(snippet: InvalidComposeSnippet): InvalidCase[] {
  return (snippet.versions ?? everyComposeVersion).map((version) => {
    const { code, offset } = withVersion(snippet.code, version);
    return {
      name: `${snippet.name} (${version})`,
      code,
      errors: snippet.errors.map((error) => ({ ...error, line: error.line + offset })),
      ...(snippet.settings === undefined ? {} : { settings: snippet.settings }),
    };
  });
}

/** Lines joined into a file. */
export function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}
