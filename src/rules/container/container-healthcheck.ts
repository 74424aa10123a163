import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, runReferenceUrl } from './container-utils/container.js';

export const containerHealthcheck = defineRule({
  id: 'DH049',
  slug: 'container-healthcheck',
  title: 'Container health is not checked, or is unhealthy',
  severity: 'low',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'A health check lets the engine and its operators tell a running container from a working one, and restart ' +
    'or replace it when it stops serving. A run line that turns the check off (--no-healthcheck), a running ' +
    'container with no check at all (neither in its image nor on its command line), or one the engine reports ' +
    'unhealthy all deserve attention. A run line without health options keeps the image HEALTHCHECK, which it ' +
    'cannot see, so it is not judged.',
  remediation:
    'Add a HEALTHCHECK to the image or --health-cmd to the run line, and look into unhealthy containers.',
  references: { cis: ['docker-1.6:5.27'], urls: [runReferenceUrl] },
  messages: {
    disabled: 'container "{{container}}" disables its health check',
    none: 'container "{{container}}" has no health check',
    unhealthy: 'container "{{container}}" is unhealthy',
  },
  *check(view) {
    const setting = view.healthcheck;
    if (setting?.value?.disabled === true) {
      yield { messageId: 'disabled', data: containerData(view), path: setting.path };
      return;
    }
    if (view.origin.kind !== 'engine') return;
    if (setting === undefined) {
      yield { messageId: 'none', data: containerData(view), path: ['Config', 'Healthcheck'] };
      return;
    }
    if (view.state?.health === 'unhealthy')
      yield { messageId: 'unhealthy', data: containerData(view), path: ['State', 'Health', 'Status'] };
  },
});
