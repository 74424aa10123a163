import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { WorkloadKind } from '../../src/sources/index.js';
import { extractKubernetesObjects, parseYamlDocuments, toPodSpecView } from '../../src/sources/index.js';
import { privilegedContainer } from '../../src/rules/kubernetes/workload/pss/privileged-container.js';
import { runRuleOn } from '../support/rule-tester.js';
import { wrapWorkload } from '../support/workloads.js';

const privilegedPod = 'containers:\n  - name: app\n    securityContext:\n      privileged: true\n';

/** The manifest of `kind` with its apiVersion replaced. */
function manifest(kind: WorkloadKind, apiVersion: string): string {
  const { code } = wrapWorkload(kind, { podSpec: privilegedPod });
  return code.replace(/^apiVersion: .*$/m, `apiVersion: ${apiVersion}`);
}

function hasPodSpecView(code: string): boolean {
  const parsed = parseYamlDocuments(code);
  const { units, errors } = extractKubernetesObjects(parsed.documents, 'test.yaml');
  assert.deepEqual([...parsed.errors, ...errors], []);
  assert.equal(units.length, 1);
  const unit = units[0];
  assert.ok(unit);
  const result = toPodSpecView(unit);
  assert.deepEqual(result.errors, []);
  return result.view !== undefined;
}

const served: Record<WorkloadKind, readonly string[]> = {
  Pod: ['v1'],
  ReplicationController: ['v1'],
  PodTemplate: ['v1'],
  Deployment: ['apps/v1', 'apps/v1beta2', 'apps/v1beta1', 'extensions/v1beta1'],
  StatefulSet: ['apps/v1', 'apps/v1beta2', 'apps/v1beta1'],
  DaemonSet: ['apps/v1', 'apps/v1beta2', 'extensions/v1beta1'],
  ReplicaSet: ['apps/v1', 'apps/v1beta2', 'extensions/v1beta1'],
  Job: ['batch/v1'],
  CronJob: ['batch/v1', 'batch/v1beta1', 'batch/v2alpha1'],
};

const notServed: Record<WorkloadKind, readonly string[]> = {
  Pod: ['example.com/v1', 'apps/v1', 'v1beta1x'],
  ReplicationController: ['apps/v1', 'example.com/v1'],
  PodTemplate: ['example.com/v1alpha1', 'batch/v1'],
  Deployment: ['example.com/v1', 'v1', 'argoproj.io/v1alpha1', 'apps.example.com/v1', 'apps'],
  StatefulSet: ['kruise.io/v1beta1', 'v1', 'batch/v1'],
  DaemonSet: ['apps.kruise.io/v1alpha1', 'v1'],
  ReplicaSet: ['example.com/v1', 'batch/v1'],
  Job: ['example.com/v1', 'apps/v1', 'v1'],
  CronJob: ['example.com/v1', 'v1', 'apps/v1'],
};

describe('workload kinds are matched by API group and kind', () => {
  for (const [kind, versions] of Object.entries(served) as [WorkloadKind, readonly string[]][]) {
    it(`${kind}: ${versions.join(', ')} get the pod-spec view`, () => {
      for (const apiVersion of versions) assert.ok(hasPodSpecView(manifest(kind, apiVersion)), apiVersion);
    });
  }

  for (const [kind, versions] of Object.entries(notServed) as [WorkloadKind, readonly string[]][]) {
    it(`${kind}: a custom resource of the same kind name gets no pod-spec view`, () => {
      for (const apiVersion of versions) assert.ok(!hasPodSpecView(manifest(kind, apiVersion)), apiVersion);
    });
  }

  it('pod rules judge a real Deployment and leave a custom `Deployment` alone', () => {
    const real = runRuleOn(privilegedContainer, { code: manifest('Deployment', 'apps/v1') });
    assert.equal(real.findings.length, 1);
    const custom = runRuleOn(privilegedContainer, { code: manifest('Deployment', 'example.com/v1') });
    assert.deepEqual(custom, { findings: [], errors: [] });
  });
});
