import { defineRule } from '../define-rule.js';
import { repeatedInstructions } from './dockerfile-utils/repeated-instructions.js';

export const multipleEntrypoint = defineRule({
  id: 'DF040',
  slug: 'multiple-entrypoint',
  title: 'More than one ENTRYPOINT in a stage',
  severity: 'low',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'Only the last ENTRYPOINT of a stage takes effect; an earlier one suggests a wrapper or init process runs ' +
    'when it does not.',
  remediation: 'Keep a single ENTRYPOINT per stage.',
  references: {
    hadolint: ['DL4004'],
    trivy: ['DS-0007'],
  },
  messages: {
    repeated: 'ENTRYPOINT overrides the ENTRYPOINT on line {{line}}; only the last one takes effect',
  },
  check(view) {
    return repeatedInstructions(view, 'ENTRYPOINT');
  },
});
