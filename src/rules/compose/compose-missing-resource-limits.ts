import type { FieldPath } from '../../core/index.js';
import type { ComposeServiceView } from '../../sources/index.js';
import { defineRule } from '../define-rule.js';
import { composeServiceKinds, fieldPath, serviceData, specUrl } from './utils/service.js';

/** A positive limit: `0` and an empty string are how Docker spells "no limit". */
function isLimit(value: unknown): boolean {
  if (typeof value === 'number') return value > 0;
  if (typeof value !== 'string') return false;
  const trimmed = value.trim();
  return trimmed !== '' && !/^0+(?:\.0*)?[a-z]*$/i.test(trimmed);
}

function limitPath(view: ComposeServiceView, field: 'memory' | 'cpus', legacy: string): FieldPath {
  // Point at the deploy block when the file uses it, otherwise at the service-level field.
  return view.service.deploy === undefined || view.service.deploy === null
    ? fieldPath(view, legacy)
    : fieldPath(view, 'deploy', 'resources', 'limits', field);
}

export const composeMissingResourceLimits = defineRule({
  id: 'DC015',
  slug: 'compose-missing-resource-limits',
  title: 'Compose service has no memory or CPU limit',
  severity: 'low',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    'Without limits one service can take all memory or CPU of the host, through a leak, a load spike or a ' +
    'cryptominer, and starve the other services and the Docker daemon itself.',
  remediation:
    'Set `deploy.resources.limits.memory` and `deploy.resources.limits.cpus` (or `mem_limit` and `cpus`) to what ' +
    'the service needs with some headroom.',
  references: {
    cis: ['docker-1.6:5.11', 'docker-1.6:5.12'],
    mitre: ['T1496', 'T1499'],
    urls: [specUrl('mem_limit'), specUrl('cpus')],
  },
  messages: {
    memory: 'service "{{service}}" has no memory limit (mem_limit or deploy.resources.limits.memory)',
    cpu: 'service "{{service}}" has no CPU limit (cpus or deploy.resources.limits.cpus)',
  },
  *check(view) {
    const { service } = view;
    const limits = service.deploy?.resources?.limits;
    if (!isLimit(service.mem_limit) && !isLimit(limits?.memory)) {
      yield { messageId: 'memory', data: serviceData(view), path: limitPath(view, 'memory', 'mem_limit') };
    }
    const cpuSet = isLimit(service.cpus) || isLimit(service['cpu_quota']) || isLimit(limits?.cpus);
    if (!cpuSet) {
      yield { messageId: 'cpu', data: serviceData(view), path: limitPath(view, 'cpus', 'cpus') };
    }
  },
});
