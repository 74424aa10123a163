import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Finding } from '../../../src/core/index.js';
import { compareFindings } from '../../../src/core/index.js';
import { gatherCrossFileFacts } from '../../../src/engines/scan/cross-file-facts.js';
import type { EvaluationInputs, FileJob } from '../../../src/engines/scan/evaluate-files.js';
import { evaluateFiles } from '../../../src/engines/scan/evaluate-files.js';
import type { ScanWorker } from '../../../src/engines/scan/parallel.js';
import { evaluateInParallel } from '../../../src/engines/scan/parallel.js';
import { scanPaths } from '../../../src/engines/scan/scan.js';
import { defaultConfig } from '../../../src/engines/config/schema.js';
import { ruleRegistry } from '../../../src/rules/index.js';
import { runRuleOn } from '../../support/rule-tester.js';
import { rbacSecretsRead } from '../../../src/rules/kubernetes/rbac/rbac-secrets-read.js';
import {
  clusterRole,
  deployment,
  lineOf,
  manifest,
  role,
  roleBinding,
  sa,
  serviceAccount,
  subjectLineOf,
} from '../../rules/kubernetes/rbac/rbac-manifests.js';
import { scanRequest, writeTree } from './scan-helpers.js';

function brief(findings: readonly Finding[], prefix = 'KR'): string[] {
  return findings
    .filter((finding) => finding.ruleId.startsWith(prefix))
    .sort(compareFindings)
    .map(
      (finding) =>
        `${finding.ruleId} ${finding.location.file}:${finding.location.startLine} ${finding.status}`,
    );
}

const roles = manifest(
  serviceAccount('web'),
  role('secrets', [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }]),
);
const bindings = manifest(
  clusterRole('unused', []),
  roleBinding('web', { kind: 'Role', name: 'secrets' }, [sa('web'), sa('ghost')]),
);

describe('the scan judges bindings with the objects of every file', () => {
  it('finds the role, the accounts and the workloads in other files', async () => {
    const root = writeTree('two-pass', {
      'rbac/roles.yaml': roles,
      'rbac/bindings.yaml': bindings,
      'apps/web.yaml': deployment('web', 'shop', 'web'),
    });
    const result = await scanPaths(scanRequest(root), ruleRegistry);
    assert.deepEqual(result.errors, []);
    const web = subjectLineOf(bindings, 'web');
    const ghost = subjectLineOf(bindings, 'ghost');
    assert.deepEqual(brief(result.findings), [
      `KR002 rbac/bindings.yaml:${web} fail`,
      `KR002 rbac/bindings.yaml:${ghost} fail`,
      `KR018 rbac/bindings.yaml:${ghost} fail`,
    ]);
    const message = result.findings.find((finding) => finding.location.startLine === web)?.message ?? '';
    assert.match(message, new RegExp(`rule at rbac/roles\\.yaml:${lineOf(roles, 'secrets"]')}\\)`));
    assert.match(message, /workloads that carry its token: Deployment shop\/web \(apps\/web\.yaml:1\)$/);
  });

  it('gives a binding the same findings and fingerprints as judging its file alone', async () => {
    const alone = manifest(roles, bindings);
    const root = writeTree('same', { 'all.yaml': alone });
    const scanned = (await scanPaths(scanRequest(root), ruleRegistry)).findings.filter(
      (finding) => finding.ruleId === 'KR002',
    );
    const single = runRuleOn(rbacSecretsRead, { code: alone, file: 'all.yaml' }).findings;
    assert.deepEqual(
      scanned.map((finding) => [finding.location, finding.message, finding.fingerprint]),
      single.map((finding) => [finding.location, finding.message, finding.fingerprint]),
    );
  });

  it('inline comments and annotations suppress findings on deferred objects', async () => {
    const suppressed = manifest(
      roles,
      roleBinding('web', { kind: 'Role', name: 'secrets' }, [sa('web')]).replace(
        '  - {kind: ServiceAccount',
        '  # bulwark:ignore KR002 reason="reads its own TLS secret"\n  - {kind: ServiceAccount',
      ),
      roleBinding('annotated', { kind: 'Role', name: 'secrets' }, [sa('web')]).replace(
        '  namespace: shop\nroleRef',
        '  namespace: shop\n  annotations:\n    bulwark.dev/ignore: "KR002 -- reviewed"\nroleRef',
      ),
    );
    const root = writeTree('suppress', { 'rbac.yaml': suppressed });
    const result = await scanPaths(scanRequest(root), ruleRegistry);
    assert.deepEqual(
      result.findings
        .filter((finding) => finding.ruleId === 'KR002')
        .map((finding) => `${finding.status} ${finding.suppression?.source}`)
        .sort(),
      ['suppressed annotation', 'suppressed inline'],
    );
  });

  it('finds the line of a binding written on its --- line, where cutting the file misleads', async () => {
    const flow = `${roles}--- {apiVersion: rbac.authorization.k8s.io/v1, kind: RoleBinding, metadata: {name: b, namespace: shop}, roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: secrets}, subjects: [{kind: ServiceAccount, name: web, namespace: shop}]}\n`;
    const root = writeTree('flow', { 'rbac.yaml': flow });
    const result = await scanPaths(scanRequest(root), ruleRegistry);
    assert.deepEqual(brief(result.findings), [`KR002 rbac.yaml:${lineOf(flow, '--- {')} fail`]);
  });
});

/** 70 files of 2 MiB in all, with bindings that refer to roles and accounts of other files. */
function bigInput(): { root: string; jobs: FileJob[] } {
  const files: Record<string, string> = {};
  for (let index = 0; index < 70; index += 1) {
    const namespace = `team-${index % 5}`;
    const documents = [
      serviceAccount(`app-${index}`, namespace),
      deployment(`app-${index}`, namespace, `app-${index}`),
    ];
    for (let part = 0; part < 30; part += 1)
      documents.push(
        role(
          `r-${index}-${part}`,
          [{ apiGroups: [''], resources: ['secrets', 'pods/exec'], verbs: ['get', 'create'] }],
          namespace,
        ),
        roleBinding(
          `b-${index}-${part}`,
          { kind: 'Role', name: `r-${(index + 1) % 70}-${part}` },
          [sa(`app-${index}`, namespace), sa('missing', namespace)],
          namespace,
        ),
      );
    files[`f${String(index).padStart(2, '0')}.yaml`] = manifest(...documents);
  }
  const root = writeTree('parallel-rbac', files);
  const jobs = Object.keys(files)
    .sort()
    .map((display) => ({
      display,
      identityPath: display,
      kind: 'yaml' as const,
      text: readFileSync(path.join(root, display), 'utf8'),
    }));
  return { root, jobs };
}

function inputsFor(root: string, jobs: readonly FileJob[]): EvaluationInputs {
  const facts = gatherCrossFileFacts(jobs);
  return {
    cwd: root,
    configRoot: root,
    config: defaultConfig,
    pss: {},
    namespaces: [...facts.namespaces],
    selection: { only: [], skip: [] },
    today: '2026-01-01',
    cluster: facts.cluster,
  };
}

function sorted(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

describe('two threads, or a failing worker, give exactly the one-thread result', () => {
  const { root, jobs } = bigInput();
  const inputs = inputsFor(root, jobs);
  const alone = evaluateInParallel(jobs, inputs, ruleRegistry, undefined);

  it('on an input large enough to use a worker', async () => {
    let bytes = 0;
    for (const job of jobs) bytes += job.text.length;
    assert.ok(bytes > 1024 * 1024 && jobs.length >= 64, 'large enough for the worker');
    const reference = await alone;
    assert.ok(reference.findings.filter((finding) => finding.ruleId.startsWith('KR')).length > 1000);
    const scanned = await scanPaths(scanRequest(root), ruleRegistry);
    assert.deepEqual(sorted(scanned.findings), sorted(reference.findings));
    assert.deepEqual(scanned.errors, []);
  });

  it('when the worker fails in the first pass or in the second', async () => {
    const reference = sorted((await alone).findings);
    const failsFirst: ScanWorker = {
      evaluate: () => Promise.reject(new Error('boom')),
      evaluateKept: () => Promise.reject(new Error('never asked')),
      dispose: () => undefined,
    };
    assert.deepEqual(
      sorted((await evaluateInParallel(jobs, inputs, ruleRegistry, failsFirst)).findings),
      reference,
    );
    const failsSecond: ScanWorker = {
      evaluate: (remote, remoteInputs) => Promise.resolve(evaluateFiles(remote, remoteInputs, ruleRegistry)),
      evaluateKept: () => Promise.reject(new Error('boom')),
      dispose: () => undefined,
    };
    assert.deepEqual(
      sorted((await evaluateInParallel(jobs, inputs, ruleRegistry, failsSecond)).findings),
      reference,
    );
  });
});
