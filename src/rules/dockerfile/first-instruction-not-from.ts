import { defineRule } from '../define-rule.js';
import { instructionPath } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const firstInstructionNotFrom = defineRule({
  id: 'DF036',
  slug: 'first-instruction-not-from',
  title: 'Instruction before the first FROM',
  severity: 'medium',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'Only ARG, comments and parser directives may come before the first FROM; anything else is rejected by the ' +
    'builder or, worse, read by a tool as belonging to no stage.',
  remediation: 'Start the Dockerfile with FROM (after optional ARGs) and move the instruction into a stage.',
  references: {
    hadolint: ['DL3061'],
  },
  messages: {
    beforeFrom: '{{keyword}} comes before the first FROM',
  },
  *check(view) {
    for (const instruction of view.instructions) {
      if (instruction.stageIndex >= 0 || instruction.keyword === 'ARG') continue;
      yield violationAt(
        'beforeFrom',
        { keyword: instruction.keyword },
        instruction.range,
        instructionPath(view, instruction),
      );
    }
  },
});
