import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { enabledPlugins } from './config-utils/admission.js';
import { processesOf } from './config-utils/control-plane.js';
import { atFlag, atMissingFlag } from './config-utils/report.js';

/** Plugins CIS recommends (as manual controls) that are off by default, with what each prevents. */
const recommended: readonly { plugin: string; prevents: string }[] = [
  { plugin: 'DenyServiceExternalIPs', prevents: 'Services claiming external addresses (CVE-2020-8554)' },
  { plugin: 'EventRateLimit', prevents: 'event floods that overload the API server and etcd' },
  {
    plugin: 'AlwaysPullImages',
    prevents: 'pods using private images another tenant already pulled to the node',
  },
];

type MessageId = 'notEnabled' | 'noPluginFlag';

export const apiserverRecommendedAdmissionPlugins = defineRule({
  id: 'KC033',
  slug: 'apiserver-recommended-admission-plugins',
  title: 'API server lacks admission plugins CIS recommends',
  severity: 'low',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  optIn: true,
  rationale:
    'DenyServiceExternalIPs, EventRateLimit and AlwaysPullImages are off by default. Each closes a specific gap: ' +
    'Service `externalIPs` hijacking traffic, event floods, and pods reusing private images cached on a node ' +
    'without credentials. CIS lists them as manual controls because each has a cost (EventRateLimit needs a ' +
    'configuration file, AlwaysPullImages makes every start depend on the registry), so the rule is opt-in.',
  remediation:
    'Add the plugins that fit the cluster to `--enable-admission-plugins` (EventRateLimit also needs ' +
    '`--admission-control-config-file`), or enforce the same with a ValidatingAdmissionPolicy.',
  references: {
    cis: ['k8s-1.9:1.2.3', 'k8s-1.9:1.2.9', 'k8s-1.9:1.2.11'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/'],
  },
  messages: {
    notEnabled: '{{component}} does not enable {{plugin}} in {{flag}}: nothing stops {{prevents}}',
    noPluginFlag:
      '{{component}} does not enable {{plugin}} ({{flag}} is omitted): nothing stops {{prevents}}',
  },
  *check(view): Iterable<Violation<MessageId>> {
    for (const instance of processesOf(view, 'kube-apiserver')) {
      const enabled = new Set(enabledPlugins(instance).map(({ plugin }) => plugin));
      const flag = instance.flags.get('enable-admission-plugins');
      for (const { plugin, prevents } of recommended) {
        if (enabled.has(plugin)) continue;
        yield flag === undefined
          ? atMissingFlag(instance, '--enable-admission-plugins', 'noPluginFlag', { plugin, prevents })
          : atFlag(instance, flag, 'notEnabled', { plugin, prevents });
      }
    }
  },
});
