import { defineRule } from '../define-rule.js';
import { instructionPath } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const shellFormCmd = defineRule({
  id: 'DF031',
  slug: 'shell-form-cmd',
  title: 'CMD or ENTRYPOINT in shell form',
  severity: 'low',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'The shell form runs the process under `/bin/sh -c`: the shell becomes PID 1 and does not pass SIGTERM on, ' +
    'so the application is killed instead of shutting down cleanly, and arguments are reinterpreted by the shell.',
  remediation: 'Use the exec form: `CMD ["node", "server.js"]` or `ENTRYPOINT ["/app/run"]`.',
  references: {
    hadolint: ['DL3025'],
  },
  messages: {
    shellForm: '{{keyword}} uses the shell form; use the JSON exec form',
  },
  *check(view) {
    for (const instruction of view.instructions) {
      if (instruction.keyword !== 'CMD' && instruction.keyword !== 'ENTRYPOINT') continue;
      if (instruction.json !== undefined || instruction.argsText.trim() === '') continue;
      yield violationAt(
        'shellForm',
        { keyword: instruction.keyword },
        instruction.range,
        instructionPath(view, instruction),
      );
    }
  },
});
