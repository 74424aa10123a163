import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, runReferenceUrl } from './container-utils/container.js';

export const containerUlimitOverride = defineRule({
  id: 'DH044',
  slug: 'container-ulimit-override',
  title: 'Container overrides the default ulimits',
  severity: 'info',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'The daemon sets default ulimits for every container; a per-container --ulimit (HostConfig.Ulimits) replaces ' +
    'them, and raised limits (open files, processes) let one container exhaust what the host has. An override ' +
    'should be a reviewed exception, so each one is listed.',
  remediation: 'Remove the --ulimit unless the workload needs it, and rely on the daemon default-ulimits.',
  references: { cis: ['docker-1.6:5.19'], urls: [runReferenceUrl] },
  messages: { override: 'container "{{container}}" overrides ulimit {{name}} ({{soft}}:{{hard}})' },
  *check(view) {
    for (const setting of view.ulimits) {
      const ulimit = setting.value;
      if (ulimit === undefined) continue;
      yield {
        messageId: 'override',
        data: containerData(view, { name: ulimit.name, soft: ulimit.soft, hard: ulimit.hard }),
        path: setting.path,
      };
    }
  },
});
