import { nodeKernelDefaultsForKubelet } from '../../../src/rules/node/node-kernel-defaults-for-kubelet.js';
import { nodeRuleTester, nodeView, withSysctls } from './node-utils/node-view.js';

const noKubelet = { kubelet: false, docker: true, containerd: true };

nodeRuleTester(nodeKernelDefaultsForKubelet, {
  valid: [
    { name: 'the values the kubelet expects', view: nodeView() },
    {
      name: 'a host without a kubelet is not judged',
      view: { ...withSysctls({ 'vm.overcommit_memory': '0' }), components: noKubelet },
    },
    { name: 'a kernel without the knob', view: withSysctls({ 'kernel.panic_on_oops': undefined }) },
  ],
  invalid: [
    {
      name: 'distribution defaults',
      view: withSysctls({ 'vm.overcommit_memory': '0', 'kernel.panic': '0', 'kernel.panic_on_oops': '0' }),
      errors: [
        {
          messageId: 'differs',
          file: '/proc/sys/kernel/panic',
          path: 'kernel.panic',
          message: 'kernel.panic is 0; the kubelet with protectKernelDefaults expects 10',
        },
        { messageId: 'differs', file: '/proc/sys/kernel/panic_on_oops', path: 'kernel.panic_on_oops' },
        { messageId: 'differs', file: '/proc/sys/vm/overcommit_memory', path: 'vm.overcommit_memory' },
      ],
    },
    {
      name: 'panic on out-of-memory',
      view: withSysctls({ 'vm.panic_on_oom': '1' }),
      errors: [{ messageId: 'differs', file: '/proc/sys/vm/panic_on_oom', path: 'vm.panic_on_oom' }],
    },
  ],
});
