import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { processesOf } from './config-utils/control-plane.js';
import { atFlag, atMissingFlag } from './config-utils/report.js';

const loopback = new Set(['127.0.0.1', '::1', 'localhost']);

type MessageId = 'omitted' | 'exposed';

export const controlPlaneBindAddress = defineRule({
  id: 'KC025',
  slug: 'control-plane-bind-address',
  title: 'Controller manager or scheduler listens beyond localhost',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'kube-controller-manager and kube-scheduler serve health, metrics and (unless disabled) profiling on ' +
    '`--bind-address`, which defaults to all interfaces (0.0.0.0). Nothing outside the node needs these ports, ' +
    'and exposing them hands the pod network a view of the control plane and a target to overload.',
  remediation: 'Set `--bind-address=127.0.0.1` on both components (kubeadm does) and scrape metrics locally.',
  references: {
    cis: ['k8s-1.9:1.3.7', 'k8s-1.9:1.4.2'],
    urls: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-scheduler/'],
  },
  messages: {
    omitted: '{{component}} has no {{flag}}: it listens on every interface (the default)',
    exposed: '{{component}} sets {{flag}} to {{value}}: it listens beyond localhost',
  },
  *check(view): Iterable<Violation<MessageId>> {
    for (const instance of processesOf(view, 'kube-controller-manager', 'kube-scheduler')) {
      const flag = instance.flags.get('bind-address');
      if (flag === undefined) yield atMissingFlag(instance, '--bind-address', 'omitted');
      else if (!loopback.has(flag.value)) yield atFlag(instance, flag, 'exposed');
    }
  },
});
