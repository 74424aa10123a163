import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { atFlag } from './config-utils/report.js';

export const apiserverTokenAuthFile = defineRule({
  id: 'KC002',
  slug: 'apiserver-token-auth-file',
  title: 'API server authenticates static tokens from a file',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'Tokens in a `--token-auth-file` are long-lived bearer credentials kept in clear text on every control-plane ' +
    'node. They never expire, cannot be revoked without restarting the API server, and are not tied to any ' +
    'identity provider, so a leaked line is a working login until someone edits the file everywhere.',
  remediation:
    'Remove `--token-auth-file` and authenticate people through OIDC or client certificates and workloads through ' +
    'bound service account tokens.',
  references: {
    cis: ['k8s-1.9:1.2.2'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#static-token-file'],
  },
  messages: {
    tokenFile: '{{component}} reads static bearer tokens from {{value}} ({{flag}}): they never expire',
  },
  *check(view): Iterable<Violation<'tokenFile'>> {
    for (const instance of processesOf(view, 'kube-apiserver')) {
      const flag = instance.flags.get('token-auth-file');
      if (flag !== undefined && flag.value !== '') yield atFlag(instance, flag, 'tokenFile');
    }
  },
});
