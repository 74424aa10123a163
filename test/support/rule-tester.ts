import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding, PssLevel } from '../../src/core/index.js';
import { parseKubernetesVersion } from '../../src/core/index.js';
import { containerUnit } from '../../src/engines/scan/container-units.js';
import type { InputKind } from '../../src/engines/scan/detect-kind.js';
import { evaluateFile } from '../../src/engines/scan/evaluate.js';
import type { NamespacePolicy } from '../../src/engines/scan/pss-context.js';
import { namespacePolicies } from '../../src/engines/scan/pss-context.js';
import type { FileUnits } from '../../src/engines/scan/units.js';
import { buildUnits } from '../../src/engines/scan/units.js';
import type { AnyRule } from '../../src/rules/index.js';
import { containerViewFromInspect } from '../../src/sources/index.js';

export interface TestSettings {
  /** `--pss LEVEL`; without it every check runs, as in a default scan. */
  pss?: PssLevel;
  /** `--k8s-version`, e.g. '1.30'. */
  k8sVersion?: string;
  trustedRegistries?: string[];
}

export interface ExpectedViolation {
  line: number;
  messageId?: string;
  /** Dotted field path of the finding, when the test wants to pin it. */
  path?: string;
  column?: number;
}

export interface ValidCase {
  name?: string;
  code: string;
  /**
   * How `code` is read: a file kind of the scan, or `container-inspect` for an Engine API inspect answer (JSON),
   * judged as `bulwark host` judges a running container.
   */
  kind?: InputKind | 'container-inspect';
  file?: string;
  settings?: TestSettings;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedViolation[];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const defaultFiles: Readonly<Record<NonNullable<ValidCase['kind']>, string>> = {
  dockerfile: 'Dockerfile',
  yaml: 'test.yaml',
  'daemon-json': 'daemon.json',
  script: 'run.sh',
  'container-inspect': 'inspect.json',
};

function inspectUnits(code: string): FileUnits {
  const result = containerViewFromInspect(JSON.parse(code));
  if (result.view === undefined)
    return { units: [], errors: result.errors.map((message) => ({ line: 1, message })), directives: [] };
  return { units: [containerUnit(result.view, `container:${result.view.name}`)], errors: [], directives: [] };
}

/** Runs one rule on one input through the real parse and evaluation path (no suppression, no other rules). */
export function runRuleOn(rule: AnyRule, testCase: ValidCase): { findings: Finding[]; errors: string[] } {
  const kind =
    testCase.kind ?? (testCase.file && /docker|container/i.test(testCase.file) ? 'dockerfile' : 'yaml');
  const file = testCase.file ?? defaultFiles[kind];
  const units =
    kind === 'container-inspect' ? inspectUnits(testCase.code) : buildUnits(testCase.code, file, kind);
  const version =
    testCase.settings?.k8sVersion === undefined
      ? undefined
      : parseKubernetesVersion(testCase.settings.k8sVersion);
  if (testCase.settings?.k8sVersion !== undefined && version === undefined)
    throw new Error(`bad k8sVersion ${testCase.settings.k8sVersion}`);
  const namespaces: Map<string, NamespacePolicy> = namespacePolicies(units.units);
  const evaluation = evaluateFile(
    file,
    units,
    [{ rule, severity: rule.severity }],
    {
      pss: {
        cli: {
          ...(testCase.settings?.pss ? { level: testCase.settings.pss } : {}),
          ...(version ? { version } : {}),
        },
      },
      namespaces,
      trustedRegistries: testCase.settings?.trustedRegistries ?? [],
    },
    { directives: [], exceptions: [], exceptionCoversFile: () => true, today: '2026-01-01' },
  );
  return {
    findings: evaluation.findings.filter((finding) => finding.ruleId === rule.id),
    errors: evaluation.errors.map((error) => `${error.line}: ${error.message}`),
  };
}

function describeCase(testCase: ValidCase, index: number): string {
  return (
    testCase.name ??
    `#${index + 1} ${testCase.code.split('\n').find((line) => line.trim() !== '' && !line.startsWith('apiVersion')) ?? ''}`.trim()
  );
}

function actualOf(finding: Finding, expected: ExpectedViolation): ExpectedViolation {
  return {
    line: finding.location.startLine ?? 0,
    ...(expected.messageId === undefined ? {} : { messageId: messageIdOf(finding) }),
    ...(expected.path === undefined ? {} : { path: finding.location.path ?? '' }),
    ...(expected.column === undefined ? {} : { column: finding.location.startColumn ?? 0 }),
  };
}

function messageIdOf(finding: Finding): string {
  return finding.messageId;
}

function compareExpected(a: ExpectedViolation, b: ExpectedViolation): number {
  return (
    a.line - b.line ||
    (a.messageId ?? '').localeCompare(b.messageId ?? '') ||
    (a.path ?? '').localeCompare(b.path ?? '')
  );
}

/**
 * ESLint-style tester: every invalid case must produce exactly the expected findings of this rule (line, and
 * messageId/path/column when given); every valid case must produce none. Inputs must parse without errors.
 */
export function ruleTester(rule: AnyRule, cases: RuleCases): void {
  describe(`${rule.id} ${rule.slug}`, () => {
    it('has at least one valid and one invalid case, none duplicated', () => {
      assert.ok(cases.valid.length > 0, 'a rule needs valid cases');
      assert.ok(cases.invalid.length > 0, 'a rule needs invalid cases');
      const codes = [...cases.valid, ...cases.invalid].map((testCase) =>
        JSON.stringify([testCase.code, testCase.settings ?? {}]),
      );
      assert.equal(new Set(codes).size, codes.length, 'duplicate test case');
    });
    for (const [index, testCase] of cases.valid.entries()) {
      it(`valid: ${describeCase(testCase, index)}`, () => {
        const { findings, errors } = runRuleOn(rule, testCase);
        assert.deepEqual(errors, [], 'the input must parse cleanly');
        assert.deepEqual(
          findings.map((finding) => `${finding.location.startLine}: ${finding.message}`),
          [],
        );
      });
    }
    for (const [index, testCase] of cases.invalid.entries()) {
      it(`invalid: ${describeCase(testCase, index)}`, () => {
        assert.ok(testCase.errors.length > 0, 'Invalid cases must have at least one error');
        const { findings, errors } = runRuleOn(rule, testCase);
        assert.deepEqual(errors, [], 'the input must parse cleanly');
        const template = testCase.errors[0] ?? { line: 0 };
        const actual = findings.map((finding) => actualOf(finding, template)).sort(compareExpected);
        const expected = testCase.errors.map((error) => ({ ...error })).sort(compareExpected);
        assert.deepEqual(actual, expected);
      });
    }
  });
}
