import { defineRule } from '../define-rule.js';
import { nodeKinds } from './node-utils/file-permissions.js';
import type { SysctlExpectation } from './node-utils/sysctl.js';
import { exactly, sysctlViolations } from './node-utils/sysctl.js';

/** The values the kubelet checks when `protectKernelDefaults` is on (it refuses to start otherwise). */
const kubeletDefaults: readonly SysctlExpectation[] = [
  { name: 'kernel.panic', accepts: exactly('10'), expected: '10' },
  { name: 'kernel.panic_on_oops', accepts: exactly('1'), expected: '1' },
  { name: 'vm.overcommit_memory', accepts: exactly('1'), expected: '1' },
  { name: 'vm.panic_on_oom', accepts: exactly('0'), expected: '0' },
];

export const nodeKernelDefaultsForKubelet = defineRule({
  id: 'KC111',
  slug: 'node-kernel-defaults-for-kubelet',
  title: 'kernel parameters block the kubelet protectKernelDefaults setting',
  severity: 'low',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'With `protectKernelDefaults: true` the kubelet refuses to run when these kernel parameters differ from what ' +
    'it expects, instead of quietly changing them; CIS asks for the setting. It can only be turned on once the ' +
    'node has the values, so a node without them is stuck with the weaker default (CIS Kubernetes 1.6 asked for it ' +
    'as control 4.2.6; 1.9 no longer lists it). Only nodes with a kubelet are judged.',
  remediation:
    'Set `vm.overcommit_memory = 1`, `vm.panic_on_oom = 0`, `kernel.panic = 10` and `kernel.panic_on_oops = 1` ' +
    'in /etc/sysctl.d, apply with `sysctl --system`, then set `protectKernelDefaults: true` in the kubelet config.',
  references: {
    urls: ['https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/'],
  },
  messages: { differs: '{{name}} is {{value}}; the kubelet with protectKernelDefaults expects {{expected}}' },
  check(view) {
    if (!view.components.kubelet) return [];
    return sysctlViolations(view, kubeletDefaults, 'differs');
  },
});
