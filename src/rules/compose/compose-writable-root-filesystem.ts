import { defineRule } from '../define-rule.js';
import { composeServiceKinds, fieldPath, serviceData, specUrl } from './utils/service.js';

export const composeWritableRootFilesystem = defineRule({
  id: 'DC014',
  slug: 'compose-writable-root-filesystem',
  title: 'Compose service has a writable root filesystem',
  severity: 'low',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    'A writable root filesystem lets an intruder drop tools, change binaries or configuration and persist until ' +
    'the container is recreated. A read-only root keeps the container as built; writable data goes to volumes.',
  remediation:
    'Set `read_only: true` and give the paths the service writes to a volume or a `tmpfs` (for example /tmp).',
  references: {
    cis: ['docker-1.6:5.13'],
    urls: [specUrl('read_only')],
  },
  messages: {
    writable: 'service "{{service}}" does not set read_only: true',
  },
  *check(view) {
    // `unknown`: an environment variable decides, which is never a finding by itself.
    if (view.service.read_only === true || view.service.read_only === 'unknown') return;
    yield { messageId: 'writable', data: serviceData(view), path: fieldPath(view, 'read_only') };
  },
});
