import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, isHostMode, runReferenceUrl } from './container-utils/container.js';

export const containerHostNetwork = defineRule({
  id: 'DH035',
  slug: 'container-host-network',
  title: 'Container shares the host network namespace',
  severity: 'high',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    "--network host (HostConfig.NetworkMode `host`) gives the container the host's interfaces: it can bind any host port, reach services that listen only on localhost and sniff traffic when it has NET_RAW, and no port publishing stands in between.",
  remediation: 'Use a bridge or user-defined network and publish only the ports the service needs.',
  references: { cis: ['docker-1.6:5.10'], mitre: ['T1611'], urls: [runReferenceUrl] },
  messages: { hostNamespace: 'container "{{container}}" uses the host network namespace' },
  *check(view) {
    if (!isHostMode(view.networkMode)) return;
    yield { messageId: 'hostNamespace', data: containerData(view), path: view.networkMode?.path ?? [] };
  },
});
