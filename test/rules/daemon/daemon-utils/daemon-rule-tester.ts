import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RuleContext, Severity } from '../../../../src/core/index.js';
import { formatMessage, latestKubernetesVersion } from '../../../../src/core/index.js';
import type { TargetedRule } from '../../../../src/rules/index.js';
import type { DaemonParse } from '../../../../src/sources/index.js';
import { daemonViewFromFlags, parseDaemonJson } from '../../../../src/sources/index.js';

/** The file name every case's daemon.json gets. */
export const daemonJsonFile = 'daemon.json';

/** One daemon configuration: a daemon.json alone, or a dockerd command line (with the daemon.json it reads). */
export interface DaemonCase {
  name: string;
  json?: string;
  /** dockerd's argv, program first (`['dockerd', '--icc=false']`); makes the view a live one. */
  flags?: readonly string[];
}

/** What a test pins about one violation; line and path always, the rest when given. */
export interface ExpectedDaemonViolation {
  messageId: string;
  line: number;
  /** Dotted field path (`hosts[1]`). */
  path: string;
  column?: number;
  /** `daemon.json` or `dockerd`. */
  file?: string;
  severity?: Severity;
  /** Text after placeholders are filled. */
  message?: string;
}

export interface InvalidDaemonCase extends DaemonCase {
  errors: readonly ExpectedDaemonViolation[];
}

const context: RuleContext = {
  pss: { level: 'all', version: latestKubernetesVersion, origin: 'default' },
  kubernetesVersion: latestKubernetesVersion,
  trustedRegistries: [],
};

type DaemonRule = TargetedRule<'docker-daemon'>;

/** Builds the view the way the engines will: parseDaemonJson for a file, daemonViewFromFlags for a live daemon. */
export function readDaemonCase(testCase: DaemonCase): DaemonParse {
  const json = testCase.json === undefined ? undefined : { text: testCase.json, file: daemonJsonFile };
  if (testCase.flags !== undefined) return daemonViewFromFlags(testCase.flags, json);
  return parseDaemonJson(json?.text ?? '', daemonJsonFile);
}

type ActualViolation = Required<ExpectedDaemonViolation>;

/** Runs one daemon rule and places its violations with the parse's own placer, as the engines do. */
export function runDaemonRule(rule: DaemonRule, testCase: DaemonCase): ActualViolation[] {
  const parsed = readDaemonCase(testCase);
  assert.deepEqual(parsed.errors, [], 'the input must parse cleanly');
  assert.ok(parsed.view !== undefined, 'the input must give a view');
  return [...rule.check(parsed.view, context)].map((violation) => {
    const placement = parsed.place(violation.path ?? []);
    return {
      messageId: violation.messageId,
      line: placement.line,
      path: placement.path,
      column: placement.column,
      file: placement.file,
      severity: violation.severity ?? rule.severity,
      message: formatMessage(rule.messages[violation.messageId] ?? violation.messageId, violation.data),
    };
  });
}

function pick(actual: ActualViolation, expected: ExpectedDaemonViolation): ExpectedDaemonViolation {
  const picked: ExpectedDaemonViolation = {
    messageId: actual.messageId,
    line: actual.line,
    path: actual.path,
  };
  for (const key of ['column', 'file', 'severity', 'message'] as const)
    if (expected[key] !== undefined) Object.assign(picked, { [key]: actual[key] });
  return picked;
}

/**
 * ESLint-style tester for daemon rules: every invalid case must produce exactly the expected violations, in the
 * order the rule reports them; every valid case none. Inputs must parse without errors.
 */
export function daemonRuleTester(
  rule: DaemonRule,
  cases: { valid: readonly DaemonCase[]; invalid: readonly InvalidDaemonCase[] },
): void {
  describe(`${rule.id} ${rule.slug}`, () => {
    it('has at least one valid and one invalid case, names unique', () => {
      assert.ok(cases.valid.length > 0, 'a rule needs valid cases');
      assert.ok(cases.invalid.length > 0, 'a rule needs invalid cases');
      const names = [...cases.valid, ...cases.invalid].map((each) => each.name);
      assert.equal(new Set(names).size, names.length, 'duplicate case name');
    });
    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, () => {
        assert.deepEqual(
          runDaemonRule(rule, testCase).map((violation) => `${violation.line}: ${violation.message}`),
          [],
        );
      });
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name}`, () => {
        assert.ok(testCase.errors.length > 0, 'Invalid cases must have at least one error');
        const actual = runDaemonRule(rule, testCase);
        for (const violation of actual)
          assert.doesNotMatch(violation.message, /\{\{/, 'unfilled placeholder');
        assert.deepEqual(
          actual.map((violation, index) =>
            pick(violation, testCase.errors[index] ?? { messageId: '', line: 0, path: '' }),
          ),
          testCase.errors,
        );
      });
    }
  });
}
