import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { goBool } from './config-utils/flags.js';
import { atFlag, atMissingFlag } from './config-utils/report.js';

type MessageId = 'omitted' | 'enabled';

export const profilingEnabled = defineRule({
  id: 'KC008',
  slug: 'profiling-enabled',
  title: 'Control-plane component serves profiling endpoints',
  severity: 'low',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'kube-apiserver, kube-controller-manager and kube-scheduler serve `/debug/pprof` unless `--profiling=false` ' +
    '(the default is true). The profiles expose program internals and can be used to load the process; they are ' +
    'a troubleshooting tool that production control planes do not need switched on.',
  remediation: 'Set `--profiling=false` on each component and enable it only while debugging.',
  references: {
    cis: ['k8s-1.9:1.2.15', 'k8s-1.9:1.3.2', 'k8s-1.9:1.4.1'],
    urls: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/'],
  },
  messages: {
    omitted: '{{component}} runs without {{flag}}=false: profiling endpoints are served (the default)',
    enabled: '{{component}} sets {{flag}} to {{value}}: profiling endpoints are served',
  },
  *check(view): Iterable<Violation<MessageId>> {
    for (const instance of processesOf(view, 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler')) {
      const flag = instance.flags.get('profiling');
      if (flag === undefined) yield atMissingFlag(instance, '--profiling', 'omitted');
      else if (goBool(flag.value) !== false) yield atFlag(instance, flag, 'enabled');
    }
  },
});
