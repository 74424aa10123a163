import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { disabledPlugins, enabledPlugins } from './config-utils/admission.js';
import { processesOf } from './config-utils/control-plane.js';
import { atFlag, atMissingFlag } from './config-utils/report.js';

type MessageId = 'notEnabled' | 'disabled';

export const apiserverNodeRestriction = defineRule({
  id: 'KC006',
  slug: 'apiserver-node-restriction',
  title: 'API server does not enable the NodeRestriction admission plugin',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'NodeRestriction is not among the default admission plugins. Without it a kubelet may change the labels of ' +
    'any Node (including the `node-restriction.kubernetes.io/` ones used to steer sensitive workloads), and ' +
    'modify or delete other nodes’ mirror pods, so one compromised node can attract workloads and their Secrets.',
  remediation: 'Add NodeRestriction to `--enable-admission-plugins` (and keep the Node authorizer on).',
  references: {
    cis: ['k8s-1.9:1.2.14'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#noderestriction'],
  },
  messages: {
    notEnabled: '{{component}} does not enable NodeRestriction (it is not a default plugin)',
    disabled: '{{component}} disables NodeRestriction in {{flag}}',
  },
  *check(view): Iterable<Violation<MessageId>> {
    for (const instance of processesOf(view, 'kube-apiserver')) {
      const disabled = disabledPlugins(instance).find(({ plugin }) => plugin === 'NodeRestriction');
      if (disabled !== undefined) {
        yield atFlag(instance, disabled.flag, 'disabled');
        continue;
      }
      if (enabledPlugins(instance).some(({ plugin }) => plugin === 'NodeRestriction')) continue;
      const flag = instance.flags.get('enable-admission-plugins');
      yield flag === undefined
        ? atMissingFlag(instance, '--enable-admission-plugins', 'notEnabled')
        : atFlag(instance, flag, 'notEnabled');
    }
  },
});
