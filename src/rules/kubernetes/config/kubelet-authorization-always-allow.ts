import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { kubeletConfiguration } from './config-utils/config-files.js';

export const kubeletAuthorizationAlwaysAllow = defineRule({
  id: 'KC041',
  slug: 'kubelet-authorization-always-allow',
  title: 'Kubelet authorizes every request (AlwaysAllow)',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['KubeletConfiguration'],
  rationale:
    'With `authorization.mode: AlwaysAllow` every request the kubelet authenticates may exec into containers, ' +
    'read logs and reach the node proxy, whatever RBAC says; with anonymous access on, that is everyone. In the ' +
    'configuration file an omitted mode defaults to Webhook (the `--authorization-mode` flag defaults to ' +
    'AlwaysAllow and overrides the file when given), so only an explicit AlwaysAllow is reported.',
  remediation: 'Set `authorization.mode: Webhook` and `authentication.webhook.enabled: true`.',
  references: {
    cis: ['k8s-1.9:4.2.2'],
    mitre: ['T1609'],
    urls: [
      'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/#kubelet-authorization',
    ],
  },
  messages: { alwaysAllow: 'The kubelet authorizes every request (authorization.mode is AlwaysAllow)' },
  *check(view): Iterable<Violation<'alwaysAllow'>> {
    if (kubeletConfiguration(view)?.authorization?.mode === 'AlwaysAllow')
      yield { messageId: 'alwaysAllow', path: ['authorization', 'mode'] };
  },
});
