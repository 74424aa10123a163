import { defineRule } from '../define-rule.js';
import { hasOption } from './dockerfile-utils/command-args.js';
import { isAptGetInstall } from './dockerfile-utils/package-managers.js';
import { runInstructions } from './dockerfile-utils/run-commands.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const aptGetMissingYes = defineRule({
  id: 'DF022',
  slug: 'apt-get-missing-yes',
  title: 'apt-get install without -y',
  severity: 'low',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'Without `-y` apt-get asks for confirmation; the build has no one to answer, so the step aborts as soon as ' +
    'the install needs a question answered.',
  remediation: 'Add `-y` (or `--yes`): `apt-get install -y --no-install-recommends <package>=<version>`.',
  references: {
    hadolint: ['DL3014'],
    trivy: ['DS-0021'],
  },
  messages: {
    missingYes: 'apt-get install without -y waits for an answer the build cannot give',
  },
  *check(view) {
    for (const run of runInstructions(view)) {
      for (const command of run.commands) {
        if (!isAptGetInstall(command) || hasOption(command, 'y', 'yes', 'q', 'assume-yes')) continue;
        if (command.args.some((arg) => /Assume-Yes\s*=\s*["']?(?:true|1|yes)/i.test(arg))) continue;
        // `yes | apt-get install …` answers the prompts.
        const fedByYes = run.commands.some(
          (other) =>
            other.pipeline === command.pipeline &&
            other.pipePosition < command.pipePosition &&
            other.name === 'yes',
        );
        if (!fedByYes) yield violationAt('missingYes', {}, command.range, command.path);
      }
    }
  },
});
