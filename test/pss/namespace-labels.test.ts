// A Namespace's `pod-security.kubernetes.io/enforce` and `enforce-version` labels, scanned in the same input, decide
// the level and version its pods are judged at, as the admission controller would.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KubernetesVersion, PssLevel } from '../../src/core/index.js';
import { evaluateFile } from '../../src/engines/scan/evaluate.js';
import { namespacePolicies } from '../../src/engines/scan/pss-context.js';
import { buildUnits } from '../../src/engines/scan/units.js';
import { pssRules } from '../../src/rules/kubernetes/workload/pss/index.js';

function namespace(name: string, labels: Record<string, string>): string {
  const lines = Object.entries(labels).map(([key, value]) => `    ${key}: ${JSON.stringify(value)}`);
  return ['apiVersion: v1', 'kind: Namespace', 'metadata:', `  name: ${name}`, '  labels:', ...lines].join(
    '\n',
  );
}

/**
 * Restricted-only problems (no runAsNonRoot, seccomp, drop ALL, allowPrivilegeEscalation), a probe host (checked from
 * 1.34), an SELinux type allowed from 1.31 and a sysctl allowed from 1.32: at baseline 1.30 only the last two count.
 */
function pod(name: string, ns: string): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${ns}`,
    'spec:',
    '  securityContext:',
    '    sysctls: [{name: net.ipv4.tcp_rmem, value: "4096 87380 6291456"}]',
    '  containers:',
    '    - name: app',
    '      image: app:1',
    '      livenessProbe: {httpGet: {host: example.com, port: 80}}',
    '      securityContext:',
    '        seLinuxOptions: {type: container_engine_t}',
  ].join('\n');
}

function privilegedPod(name: string, ns: string): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${ns}`,
    'spec:',
    '  hostNetwork: true',
    '  containers:',
    '    - name: app',
    '      securityContext: {privileged: true}',
  ].join('\n');
}

interface Cli {
  level?: PssLevel;
  version?: KubernetesVersion;
}

/** Rule ids of the Pod Security findings, per pod name. */
function scan(documents: string[], cli: Cli = {}): Map<string, string[]> {
  const file = 'stack.yaml';
  const units = buildUnits(documents.join('\n---\n'), file, 'yaml');
  const evaluation = evaluateFile(
    file,
    units,
    pssRules.map((rule) => ({ rule, severity: rule.severity })),
    {
      pss: { cli },
      namespaces: namespacePolicies(units.units),
      trustedRegistries: [],
    },
    { directives: [], exceptions: [], exceptionCoversFile: () => true, today: '2026-01-01' },
  );
  assert.deepEqual(evaluation.errors, []);
  const byPod = new Map<string, string[]>();
  for (const finding of evaluation.findings) {
    const ids = byPod.get(finding.resource.name) ?? [];
    ids.push(finding.ruleId);
    byPod.set(finding.resource.name, ids.sort());
  }
  return byPod;
}

const baseline130 = namespace('team-a', {
  'pod-security.kubernetes.io/enforce': 'baseline',
  'pod-security.kubernetes.io/enforce-version': 'v1.30',
});
const privileged = namespace('ops', { 'pod-security.kubernetes.io/enforce': 'privileged' });

describe('Namespace enforce labels', () => {
  it('baseline v1.30: restricted-only rules are silent, checks newer than 1.30 do not apply', () => {
    const found = scan([baseline130, pod('web', 'team-a')]);
    // KW009: container_engine_t is allowed only from 1.31; KW012: tcp_rmem is safe only from 1.32.
    assert.deepEqual(found.get('web'), ['KW009', 'KW012']);
  });

  it('the labels hold whatever the order of the documents', () => {
    assert.deepEqual(scan([pod('web', 'team-a'), baseline130]).get('web'), ['KW009', 'KW012']);
  });

  it('a pod of another namespace in the same input is judged with every check at the latest version', () => {
    const found = scan([baseline130, pod('web', 'team-a'), pod('other', 'team-b')]);
    assert.deepEqual(found.get('web'), ['KW009', 'KW012']);
    const other = found.get('other') ?? [];
    for (const id of ['KW007', 'KW014', 'KW015', 'KW017', 'KW018'])
      assert.ok(other.includes(id), `${id} in ${other.join(',')}`);
    assert.ok(!other.includes('KW009') && !other.includes('KW012'), 'allowed at the latest version');
  });

  it('a privileged label silences every Pod Security rule for that namespace only', () => {
    const found = scan([privileged, privilegedPod('agent', 'ops'), privilegedPod('intruder', 'team-b')]);
    assert.equal(found.get('agent'), undefined);
    const intruder = found.get('intruder') ?? [];
    assert.ok(intruder.includes('KW001') && intruder.includes('KW003'), intruder.join(','));
  });

  it('--pss on the command line wins over the label', () => {
    const found = scan([privileged, privilegedPod('agent', 'ops')], { level: 'baseline' });
    assert.deepEqual(found.get('agent'), ['KW001', 'KW003']);
  });

  it('an unreadable level enforces restricted, an unreadable version means latest (as PSA does)', () => {
    const typo = namespace('team-c', {
      'pod-security.kubernetes.io/enforce': 'baseline ',
      'pod-security.kubernetes.io/enforce-version': '1.30',
    });
    const found = scan([typo, pod('web', 'team-c')]).get('web') ?? [];
    assert.ok(found.includes('KW015'), 'restricted rules run');
    assert.ok(found.includes('KW007'), 'latest version: the probe host check applies');
    assert.ok(!found.includes('KW009'), 'latest version: container_engine_t is allowed');
  });

  it('enforce-version latest, and a level without a version, mean the newest version', () => {
    const labelSets: Record<string, string>[] = [
      {
        'pod-security.kubernetes.io/enforce': 'baseline',
        'pod-security.kubernetes.io/enforce-version': 'latest',
      },
      { 'pod-security.kubernetes.io/enforce': 'baseline' },
    ];
    for (const labels of labelSets) {
      assert.deepEqual(scan([namespace('team-d', labels), pod('web', 'team-d')]).get('web'), ['KW007']);
    }
  });
});
