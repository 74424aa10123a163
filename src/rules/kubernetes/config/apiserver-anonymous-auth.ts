import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { goBool } from './config-utils/flags.js';
import { atFlag, atMissingFlag } from './config-utils/report.js';

type MessageId = 'omitted' | 'enabled';

export const apiserverAnonymousAuth = defineRule({
  id: 'KC001',
  slug: 'apiserver-anonymous-auth',
  title: 'API server accepts anonymous requests',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    '`--anonymous-auth` defaults to true: a request without credentials is served as `system:anonymous` in the ' +
    'group `system:unauthenticated`. Only authorization then stands between the internet and the API, so a single ' +
    'binding to either subject (or a permissive webhook) opens it to anyone who can reach the port. A bare ' +
    '`--anonymous-auth false` (with a space) also leaves it on: boolean flags never take the next word as value.',
  remediation:
    'Set `--anonymous-auth=false`, or, from Kubernetes 1.32, configure an AuthenticationConfiguration ' +
    '(`--authentication-config`) that allows anonymous requests only on the health endpoints.',
  references: {
    cis: ['k8s-1.9:1.2.1'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests'],
  },
  messages: {
    omitted: '{{component}} runs without {{flag}}=false: anonymous requests are accepted (the default)',
    enabled: '{{component}} sets {{flag}} to {{value}}: anonymous requests are accepted',
  },
  *check(view): Iterable<Violation<MessageId>> {
    for (const instance of processesOf(view, 'kube-apiserver')) {
      // The structured configuration decides anonymous access itself; the flag cannot be combined with it.
      if (instance.flags.get('authentication-config') !== undefined) continue;
      const flag = instance.flags.get('anonymous-auth');
      if (flag === undefined) yield atMissingFlag(instance, '--anonymous-auth', 'omitted');
      else if (goBool(flag.value) !== false) yield atFlag(instance, flag, 'enabled');
    }
  },
});
