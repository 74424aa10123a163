import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { enabledPlugins } from './config-utils/admission.js';
import { processesOf } from './config-utils/control-plane.js';
import { atFlag } from './config-utils/report.js';

export const apiserverAlwaysAdmit = defineRule({
  id: 'KC005',
  slug: 'apiserver-always-admit',
  title: 'API server enables the AlwaysAdmit admission plugin',
  severity: 'high',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'AlwaysAdmit (deprecated) admits every request in the chain it is placed in. Its only use is to switch ' +
    'admission control off, and a cluster that keeps it has told readers the admission controls are not meant ' +
    'to hold.',
  remediation: 'Remove AlwaysAdmit from `--enable-admission-plugins`.',
  references: {
    cis: ['k8s-1.9:1.2.10'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#alwaysadmit'],
  },
  messages: { alwaysAdmit: '{{component}} enables AlwaysAdmit in {{flag}}' },
  *check(view): Iterable<Violation<'alwaysAdmit'>> {
    for (const instance of processesOf(view, 'kube-apiserver'))
      for (const { flag, plugin } of enabledPlugins(instance))
        if (plugin === 'AlwaysAdmit') yield atFlag(instance, flag, 'alwaysAdmit');
  },
});
