import { nodeIpForwardingWithoutRuntime } from '../../../src/rules/node/node-ip-forwarding-without-runtime.js';
import { nodeRuleTester, nodeView, withSysctls } from './node-utils/node-view.js';

const nothingInstalled = { kubelet: false, docker: false, containerd: false };

nodeRuleTester(nodeIpForwardingWithoutRuntime, {
  valid: [
    { name: 'forwarding on a Kubernetes node', view: nodeView() },
    {
      name: 'forwarding off on a plain host',
      view: { ...withSysctls({ 'net.ipv4.ip_forward': '0' }), components: nothingInstalled },
    },
    {
      name: 'forwarding knob absent',
      view: { ...withSysctls({ 'net.ipv4.ip_forward': undefined }), components: nothingInstalled },
    },
    {
      name: 'forwarding on a Docker-only host',
      view: nodeView({ components: { kubelet: false, docker: true, containerd: false } }),
    },
  ],
  invalid: [
    {
      name: 'forwarding on a host with no runtime',
      view: nodeView({ components: nothingInstalled }),
      errors: [
        {
          messageId: 'forwarding',
          file: '/proc/sys/net/ipv4/ip_forward',
          path: 'net.ipv4.ip_forward',
          message: 'net.ipv4.ip_forward is 1 on a host with no kubelet, Docker or containerd',
        },
      ],
    },
  ],
});
