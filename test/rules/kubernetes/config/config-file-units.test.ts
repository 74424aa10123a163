import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildUnits } from '../../../../src/engines/scan/units.js';

function namesOf(text: string, file: string): string[] {
  const { units, errors } = buildUnits(text, file, 'yaml');
  assert.deepEqual(errors, []);
  return units.map((unit) => `${unit.resource.kind}/${unit.resource.name}`);
}

describe('config files without metadata.name become named units', () => {
  it('names a KubeletConfiguration, EncryptionConfiguration or audit Policy after its file', () => {
    assert.deepEqual(
      namesOf(
        'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n',
        'var/lib/kubelet/config.yaml',
      ),
      ['KubeletConfiguration/config.yaml'],
    );
    assert.deepEqual(
      namesOf('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: []\n', 'audit\\policy.yaml'),
      ['Policy/policy.yaml'],
    );
  });

  it('names a kubeconfig after its current context', () => {
    assert.deepEqual(
      namesOf(
        'apiVersion: v1\nkind: Config\ncurrent-context: admin@prod\nclusters: []\n',
        'etc/kubernetes/admin.conf',
      ),
      ['Config/admin@prod'],
    );
    assert.deepEqual(namesOf('apiVersion: v1\nkind: Config\nclusters: []\n', 'kubeconfig.yaml'), [
      'Config/kubeconfig.yaml',
    ]);
  });

  it('keeps metadata.name where there is one', () => {
    assert.deepEqual(namesOf('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n', 'pod.yaml'), ['Pod/web']);
  });
});
