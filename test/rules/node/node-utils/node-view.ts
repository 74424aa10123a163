import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RuleContext, Severity } from '../../../../src/core/index.js';
import { formatMessage, formatPath, latestKubernetesVersion } from '../../../../src/core/index.js';
import type { TargetedRule } from '../../../../src/rules/index.js';
import type { NodeFile, NodeFileRole, NodeView } from '../../../../src/sources/index.js';

/** A hardened node with nothing on it: every kernel fact observed and good, no files. Tests override one part. */
export function nodeView(parts: Partial<NodeView> = {}): NodeView {
  return {
    resource: { kind: 'Node', name: 'node-1', source: { file: '/' }, doc: {} },
    files: [],
    groups: { root: 0, docker: 998 },
    sysctls: {
      observed: true,
      value: {
        'fs.protected_hardlinks': '1',
        'fs.protected_symlinks': '1',
        'kernel.dmesg_restrict': '1',
        'kernel.kptr_restrict': '1',
        'kernel.panic': '10',
        'kernel.panic_on_oops': '1',
        'kernel.unprivileged_bpf_disabled': '2',
        'kernel.yama.ptrace_scope': '1',
        'net.ipv4.ip_forward': '1',
        'vm.overcommit_memory': '1',
        'vm.panic_on_oom': '0',
      },
    },
    mandatoryAccessControl: {
      observed: true,
      value: {
        lsms: ['lockdown', 'capability', 'yama', 'apparmor'],
        apparmor: { enabled: true, profiles: 40 },
      },
    },
    seccomp: { observed: true, value: true },
    boot: { observed: true, value: { firmware: 'uefi', secureBoot: true } },
    tpm: { observed: true, value: true },
    components: { kubelet: true, docker: false, containerd: true },
    mounts: { observed: true, value: ['/', '/var/lib/docker'] },
    dockerDataRoot: '/var/lib/docker',
    ...parts,
  };
}

/** A root-owned regular file with one role; tests change mode or owner. */
export function nodeFile(
  path: string,
  role: NodeFileRole,
  facts: Partial<Omit<NodeFile, 'path'>> = {},
): NodeFile {
  return { path, type: 'file', mode: 0o600, uid: 0, gid: 0, size: 100, roles: [role], ...facts };
}

/** The view with sysctls changed from the hardened defaults (a value of undefined removes the knob). */
export function withSysctls(changes: Readonly<Record<string, string | undefined>>): NodeView {
  const base = nodeView();
  const current = base.sysctls.observed ? base.sysctls.value : {};
  const value: Record<string, string> = {};
  for (const name of new Set([...Object.keys(current), ...Object.keys(changes)])) {
    const changed = name in changes ? changes[name] : current[name];
    if (changed !== undefined) value[name] = changed;
  }
  return { ...base, sysctls: { observed: true, value } };
}

export interface ExpectedNodeViolation {
  messageId: string;
  /** The node path the finding names. */
  file: string;
  /** Dotted field path (`mode`, `owner`, `kernel.kptr_restrict`). */
  path: string;
  severity?: Severity;
  message?: string;
}

const context: RuleContext = {
  pss: { level: 'all', version: latestKubernetesVersion, origin: 'default' },
  kubernetesVersion: latestKubernetesVersion,
  trustedRegistries: [],
};

type NodeRule = TargetedRule<'node'>;

interface ActualNodeViolation {
  messageId: string;
  file: string;
  path: string;
  severity: Severity;
  message: string;
}

export function runNodeRule(rule: NodeRule, view: NodeView): ActualNodeViolation[] {
  return [...rule.check(view, context)].map((violation) => ({
    messageId: violation.messageId,
    file: violation.filePath ?? '',
    path: violation.path === undefined ? '' : formatPath(violation.path),
    severity: violation.severity ?? rule.severity,
    message: formatMessage(rule.messages[violation.messageId] ?? violation.messageId, violation.data),
  }));
}

function pick(actual: ActualNodeViolation, expected: ExpectedNodeViolation): ExpectedNodeViolation {
  return {
    messageId: actual.messageId,
    file: actual.file,
    path: actual.path,
    ...(expected.severity === undefined ? {} : { severity: actual.severity }),
    ...(expected.message === undefined ? {} : { message: actual.message }),
  };
}

export interface NodeCase {
  name: string;
  view: NodeView;
}

export interface InvalidNodeCase extends NodeCase {
  errors: ExpectedNodeViolation[];
}

/**
 * ESLint-style tester for node rules: every invalid case must produce exactly the expected violations in order
 * (message id, node file and field path always; severity and text when given); every valid case none.
 */
export function nodeRuleTester(
  rule: NodeRule,
  cases: { valid: readonly NodeCase[]; invalid: readonly InvalidNodeCase[] },
): void {
  describe(`${rule.id} ${rule.slug}`, () => {
    it('has at least one valid and one invalid case', () => {
      assert.ok(cases.valid.length > 0, 'a rule needs valid cases');
      assert.ok(cases.invalid.length > 0, 'a rule needs invalid cases');
      const names = [...cases.valid, ...cases.invalid].map((each) => each.name);
      assert.equal(new Set(names).size, names.length, 'duplicate case name');
    });
    for (const testCase of cases.valid)
      it(`valid: ${testCase.name}`, () => {
        assert.deepEqual(
          runNodeRule(rule, testCase.view).map((violation) => violation.message),
          [],
        );
      });
    for (const testCase of cases.invalid)
      it(`invalid: ${testCase.name}`, () => {
        assert.ok(testCase.errors.length > 0, 'Invalid cases must have at least one error');
        const actual = runNodeRule(rule, testCase.view);
        for (const violation of actual)
          assert.doesNotMatch(violation.message, /\{\{/, 'unfilled placeholder');
        assert.deepEqual(
          actual.map((violation, index) =>
            pick(violation, testCase.errors[index] ?? { messageId: '', file: '', path: '' }),
          ),
          testCase.errors,
        );
      });
  });
}
