import { defineRule } from '../define-rule.js';
import { runCommands } from './dockerfile-utils/run-commands.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const sudoInRun = defineRule({
  id: 'DF016',
  slug: 'sudo-in-run',
  title: 'sudo in RUN',
  severity: 'medium',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'sudo in a build means the image ships sudo and a sudoers policy, a ready path from the application user back ' +
    'to root; its TTY and environment handling also make build steps behave unpredictably.',
  remediation:
    'Run the privileged steps before switching to the unprivileged USER (or switch back with `USER root` around ' +
    'them), and use gosu or su-exec in entrypoints that must drop privileges.',
  references: {
    hadolint: ['DL3004'],
    trivy: ['DS-0010'],
  },
  messages: {
    sudo: 'RUN uses sudo to run {{command}}',
  },
  *check(view) {
    for (const command of runCommands(view)) {
      if (command.name !== 'sudo' && !command.wrappers.includes('sudo')) continue;
      yield violationAt('sudo', { command: command.name }, command.range, command.path);
    }
  },
});
