import { defineRule } from '../define-rule.js';
import {
  containerData,
  containerKinds,
  omissionIsKnown,
  runReferenceUrl,
} from './container-utils/container.js';

export const containerPidsLimit = defineRule({
  id: 'DH050',
  slug: 'container-pids-limit',
  title: 'Container process count is not limited',
  severity: 'low',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'Without --pids-limit (HostConfig.PidsLimit null, 0 or -1) a fork bomb or a runaway worker pool in one ' +
    'container can use up the host process table, and then nothing new starts anywhere on the host.',
  remediation:
    'Set --pids-limit to a number the workload never reaches in normal use (for example --pids-limit 200).',
  references: { cis: ['docker-1.6:5.29'], urls: [runReferenceUrl] },
  messages: {
    missing: 'container "{{container}}" has no process count limit',
    unlimited: 'container "{{container}}" sets the process count limit to {{limit}}, which is no limit',
  },
  *check(view) {
    const setting = view.pidsLimit;
    if (setting === undefined) {
      if (omissionIsKnown(view)) yield { messageId: 'missing', data: containerData(view), path: [] };
      return;
    }
    if (setting.value !== undefined && setting.value <= 0)
      yield {
        messageId: 'unlimited',
        data: containerData(view, { limit: setting.value }),
        path: setting.path,
      };
  },
});
