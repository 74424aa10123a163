import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, runReferenceUrl } from './container-utils/container.js';

const maximumRetries = 5;

export const containerRestartPolicy = defineRule({
  id: 'DH040',
  slug: 'container-restart-policy',
  title: 'Container restarts without a retry limit',
  severity: 'low',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'A container that restarts forever (--restart always or unless-stopped, or on-failure without a count or ' +
    'with more than five) hides a crash loop and keeps retrying an attack or a failing dependency, using host ' +
    'resources each time. on-failure with at most five retries restarts real failures and then stops.',
  remediation:
    'Use --restart on-failure:5 (or a smaller count), and let an orchestrator handle anything more.',
  references: { cis: ['docker-1.6:5.15'], urls: [runReferenceUrl] },
  messages: {
    forever: 'container "{{container}}" restarts with policy "{{policy}}", without a retry limit',
    tooMany: 'container "{{container}}" restarts on failure up to {{retries}} times (more than 5)',
    unlimited: 'container "{{container}}" restarts on failure without a retry limit',
  },
  *check(view) {
    const setting = view.restartPolicy;
    const policy = setting?.value;
    if (setting === undefined || policy === undefined) return;
    const data = containerData(view, { policy: policy.name, retries: policy.maximumRetryCount ?? 0 });
    if (policy.name === 'always' || policy.name === 'unless-stopped')
      yield { messageId: 'forever', data, path: setting.path };
    else if (policy.name === 'on-failure' && (policy.maximumRetryCount ?? 0) <= 0)
      yield { messageId: 'unlimited', data, path: setting.path };
    else if (policy.name === 'on-failure' && (policy.maximumRetryCount ?? 0) > maximumRetries)
      yield { messageId: 'tooMany', data, path: setting.path };
  },
});
