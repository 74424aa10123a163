import { defineRule } from '../define-rule.js';
import { hasOption } from './dockerfile-utils/command-args.js';
import { isAptGetInstall } from './dockerfile-utils/package-managers.js';
import { runCommands } from './dockerfile-utils/run-commands.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const aptGetInstallRecommends = defineRule({
  id: 'DF023',
  slug: 'apt-get-install-recommends',
  title: 'apt-get install without --no-install-recommends',
  severity: 'info',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'Recommended packages are optional extras; installing them by default adds size and attack surface the ' +
    'application never asked for.',
  remediation: 'Add `--no-install-recommends` and list the packages you need explicitly.',
  references: {
    hadolint: ['DL3015'],
    trivy: ['DS-0029'],
  },
  messages: {
    recommends: 'apt-get install also installs recommended packages; add --no-install-recommends',
  },
  *check(view) {
    for (const command of runCommands(view)) {
      if (!isAptGetInstall(command) || hasOption(command, 'no-install-recommends')) continue;
      if (command.args.some((arg) => /^APT::Install-Recommends=(?:false|0|no)$/i.test(arg))) continue;
      yield violationAt('recommends', {}, command.range, command.path);
    }
  },
});
