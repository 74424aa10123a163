import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { atMissingFlag } from './config-utils/report.js';

export const apiserverEncryptionConfigMissing = defineRule({
  id: 'KC011',
  slug: 'apiserver-encryption-config-missing',
  title: 'API server does not encrypt Secrets at rest',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'Without `--encryption-provider-config` every Secret is stored in etcd as plain base64. Anyone who reads an ' +
    'etcd data directory, snapshot or backup, or who can talk to etcd directly, reads every credential of the ' +
    'cluster without going through the API and its audit log.',
  remediation:
    'Write an EncryptionConfiguration that puts a `kms` (v2) or `secretbox` provider first for `secrets`, pass ' +
    'it with `--encryption-provider-config`, then rewrite existing Secrets so they are stored encrypted.',
  references: {
    cis: ['k8s-1.9:1.2.27'],
    urls: ['https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/'],
  },
  messages: { missing: '{{component}} has no {{flag}}: Secrets are stored unencrypted in etcd' },
  *check(view): Iterable<Violation<'missing'>> {
    for (const instance of processesOf(view, 'kube-apiserver'))
      if (instance.flags.get('encryption-provider-config') === undefined)
        yield atMissingFlag(instance, '--encryption-provider-config', 'missing');
  },
});
