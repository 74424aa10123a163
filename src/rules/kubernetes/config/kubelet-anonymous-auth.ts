import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { kubeletConfiguration } from './config-utils/config-files.js';

export const kubeletAnonymousAuth = defineRule({
  id: 'KC040',
  slug: 'kubelet-anonymous-auth',
  title: 'Kubelet accepts anonymous requests',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['KubeletConfiguration'],
  rationale:
    'The kubelet API on port 10250 runs commands in containers, streams logs and lists pods. With ' +
    '`authentication.anonymous.enabled: true` a request without credentials is served as `system:anonymous`; ' +
    'combined with a permissive authorizer anyone on the node network can exec into every pod of the node. In the ' +
    'configuration file an omitted field defaults to false (the `--anonymous-auth` command-line flag defaults to ' +
    'true and overrides the file when given), so only an explicit true is reported here.',
  remediation: 'Set `authentication.anonymous.enabled: false` and do not pass `--anonymous-auth=true`.',
  references: {
    cis: ['k8s-1.9:4.2.1'],
    mitre: ['T1609'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/'],
  },
  messages: { enabled: 'The kubelet serves anonymous requests (authentication.anonymous.enabled is true)' },
  *check(view): Iterable<Violation<'enabled'>> {
    if (kubeletConfiguration(view)?.authentication?.anonymous?.enabled === true)
      yield { messageId: 'enabled', path: ['authentication', 'anonymous', 'enabled'] };
  },
});
