import { defineRule } from '../define-rule.js';
import { repeatedInstructions } from './dockerfile-utils/repeated-instructions.js';

export const multipleCmd = defineRule({
  id: 'DF039',
  slug: 'multiple-cmd',
  title: 'More than one CMD in a stage',
  severity: 'low',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'Only the last CMD of a stage takes effect; the earlier ones are dead code that misleads the reader about what ' +
    'the container runs.',
  remediation: 'Keep a single CMD per stage.',
  references: {
    hadolint: ['DL4003'],
    trivy: ['DS-0016'],
  },
  messages: {
    repeated: 'CMD overrides the CMD on line {{line}}; only the last CMD takes effect',
  },
  check(view) {
    return repeatedInstructions(view, 'CMD');
  },
});
