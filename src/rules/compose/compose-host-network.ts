import { defineRule } from '../define-rule.js';
import {
  composeServiceKinds,
  fieldPath,
  modeOf,
  podSecurityStandardsUrl,
  serviceData,
  specUrl,
} from './utils/service.js';

export const composeHostNetwork = defineRule({
  id: 'DC004',
  slug: 'compose-host-network',
  title: "Compose service shares the host's network namespace",
  severity: 'high',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    'With `network_mode: host` the container uses the host network stack: it can bind any host port, reach ' +
    'services listening only on localhost (including cloud metadata and node agents) and sniff host traffic with ' +
    'NET_RAW. It is the compose form of `hostNetwork: true`.',
  remediation:
    'Remove `network_mode: host`, attach the service to a compose network and publish only needed ports.',
  references: {
    cis: ['docker-1.6:5.10'],
    urls: [specUrl('network_mode'), podSecurityStandardsUrl],
  },
  messages: {
    hostNetwork: 'service "{{service}}" uses the host network (network_mode: host)',
  },
  *check(view) {
    if (modeOf(view.service.network_mode) !== 'host') return;
    yield { messageId: 'hostNetwork', data: serviceData(view), path: fieldPath(view, 'network_mode') };
  },
});
