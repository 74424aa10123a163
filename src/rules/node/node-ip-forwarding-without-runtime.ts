import { defineRule } from '../define-rule.js';
import { nodeKinds } from './node-utils/file-permissions.js';
import { sysctlFile } from './node-utils/sysctl.js';

const forwarding = 'net.ipv4.ip_forward';

export const nodeIpForwardingWithoutRuntime = defineRule({
  id: 'KC112',
  slug: 'node-ip-forwarding-without-runtime',
  title: 'IP forwarding is on but no container runtime is installed',
  severity: 'low',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'Container networking needs `net.ipv4.ip_forward = 1`, so on a node with the kubelet, Docker or containerd ' +
    'it is expected. On a host with none of them the host routes packets between its networks for no reason, ' +
    'which can bridge networks that were meant to stay apart.',
  remediation:
    'Set `net.ipv4.ip_forward = 0` in /etc/sysctl.d on hosts that run no containers, or install the runtime ' +
    'this host was meant to run.',
  references: { urls: ['https://www.kernel.org/doc/html/latest/networking/ip-sysctl.html'] },
  messages: { forwarding: '{{name}} is 1 on a host with no kubelet, Docker or containerd' },
  *check(view) {
    if (!view.sysctls.observed || view.sysctls.value[forwarding] !== '1') return;
    const { kubelet, docker, containerd } = view.components;
    if (kubelet || docker || containerd) return;
    yield {
      messageId: 'forwarding',
      data: { name: forwarding },
      filePath: sysctlFile(forwarding),
      path: forwarding.split('.'),
    };
  },
});
