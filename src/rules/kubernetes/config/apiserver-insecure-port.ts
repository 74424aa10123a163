import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { atFlag } from './config-utils/report.js';

export const apiserverInsecurePort = defineRule({
  id: 'KC019',
  slug: 'apiserver-insecure-port',
  title: 'API server opens the unauthenticated insecure port',
  severity: 'critical',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'Before Kubernetes 1.20 `--insecure-port` (default 8080 on 127.0.0.1, or `--insecure-bind-address`) served ' +
    'the whole API over plain HTTP with no authentication or authorization at all: whoever reaches it ' +
    'is cluster-admin. Kubernetes 1.24 removed the flag, so a manifest that still sets it to a non-zero port ' +
    'either runs an old, exposed API server or no longer starts. (CIS Kubernetes 1.6 had it as 1.2.18 and 1.2.19; ' +
    'CIS 1.9 dropped the controls with the flag.)',
  remediation: 'Set `--insecure-port=0` on old versions, remove both flags on current ones, and upgrade.',
  references: {
    mitre: ['T1190'],
    urls: ['https://github.com/kubernetes/kubernetes/pull/95856'],
  },
  messages: {
    insecurePort: '{{component}} sets {{flag}} to {{value}}: the API is served without authentication',
    insecureAddress:
      '{{component}} sets {{flag}} to {{value}}: the unauthenticated port listens beyond localhost',
  },
  *check(view): Iterable<Violation<'insecurePort' | 'insecureAddress'>> {
    for (const instance of processesOf(view, 'kube-apiserver')) {
      const port = instance.flags.get('insecure-port');
      if (port !== undefined && port.value.trim() !== '0') yield atFlag(instance, port, 'insecurePort');
      const address = instance.flags.get('insecure-bind-address');
      if (address !== undefined && !['127.0.0.1', 'localhost', '::1'].includes(address.value))
        yield atFlag(instance, address, 'insecureAddress');
    }
  },
});
