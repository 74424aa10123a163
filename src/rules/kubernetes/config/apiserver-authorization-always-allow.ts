import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { atFlag, atMissingFlag } from './config-utils/report.js';

type MessageId = 'omitted' | 'alwaysAllow';

export const apiserverAuthorizationAlwaysAllow = defineRule({
  id: 'KC003',
  slug: 'apiserver-authorization-always-allow',
  title: 'API server authorizes every request (AlwaysAllow)',
  severity: 'critical',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    '`AlwaysAllow` grants every authenticated request, and with anonymous authentication every request, full ' +
    'control of the cluster: RBAC objects are ignored. It is also what the API server uses when neither ' +
    '`--authorization-mode` nor `--authorization-config` is given. Authorizers are asked in order, so AlwaysAllow ' +
    'anywhere in the list allows whatever the modes before it did not decide.',
  remediation:
    'Set `--authorization-mode=Node,RBAC` (or an `--authorization-config` file) and never list AlwaysAllow.',
  references: {
    cis: ['k8s-1.9:1.2.6'],
    mitre: ['T1078'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/authorization/#authorization-modules'],
  },
  messages: {
    omitted:
      '{{component}} sets neither {{flag}} nor --authorization-config: it defaults to AlwaysAllow and allows ' +
      'every request',
    alwaysAllow:
      '{{component}} lists AlwaysAllow in {{flag}}: requests no other authorizer denies are allowed',
  },
  *check(view): Iterable<Violation<MessageId>> {
    for (const instance of processesOf(view, 'kube-apiserver')) {
      if (instance.flags.get('authorization-config') !== undefined) continue;
      const modes = instance.flags.list('authorization-mode');
      if (instance.flags.get('authorization-mode') === undefined)
        yield atMissingFlag(instance, '--authorization-mode', 'omitted');
      for (const { item, flag } of modes)
        if (item === 'AlwaysAllow') yield atFlag(instance, flag, 'alwaysAllow');
    }
  },
});
