import { defineRule } from '../define-rule.js';
import { imageKinds } from './image-utils/violations.js';

export const imageHealthcheckMissing = defineRule({
  id: 'IM002',
  slug: 'image-healthcheck-missing',
  title: 'Image defines no HEALTHCHECK',
  severity: 'low',
  domain: 'image',
  target: 'image',
  appliesTo: imageKinds,
  optIn: true,
  rationale:
    'Without a health check Docker and Compose only know whether the process runs, not whether it still serves, ' +
    'so a hung container stays in rotation. Low and opt-in, like DF035: orchestrators with their own probes ' +
    '(Kubernetes) ignore the image health check.',
  remediation:
    'Add `HEALTHCHECK --interval=30s CMD ["/app/healthcheck"]` to the final stage, and do not set ' +
    '`HEALTHCHECK NONE` over a base image check.',
  references: {
    cis: ['docker-1.6:4.6'],
    hadolint: ['DL3057'],
    trivy: ['DS-0026'],
    urls: ['Dockle CIS-DI-0006', 'https://docs.docker.com/reference/dockerfile/#healthcheck'],
  },
  messages: {
    missing: 'the image defines no health check',
    disabled: 'the image disables its health check (HEALTHCHECK NONE)',
  },
  *check(view) {
    const test = view.config.healthcheck;
    const path = ['config', 'Healthcheck'];
    // `[]` means "inherit", and an image has nothing left to inherit from.
    if (test === undefined || test.length === 0) yield { messageId: 'missing', path };
    else if (test[0] === 'NONE') yield { messageId: 'disabled', path: [...path, 'Test'] };
  },
});
