import { defineRule } from '../define-rule.js';
import { runCommands } from './dockerfile-utils/run-commands.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const cdInsteadOfWorkdir = defineRule({
  id: 'DF015',
  slug: 'cd-instead-of-workdir',
  title: 'cd instead of WORKDIR',
  severity: 'info',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'A `cd` lasts only until the end of its RUN, so later instructions run elsewhere than the reader expects; ' +
    'WORKDIR states the directory once for every following instruction.',
  remediation: 'Set the directory with `WORKDIR /path` before the RUN instead of `cd /path && …`.',
  references: {
    hadolint: ['DL3003'],
    trivy: ['DS-0013'],
  },
  messages: {
    cd: 'use WORKDIR instead of cd {{directory}}',
  },
  *check(view) {
    for (const command of runCommands(view)) {
      // `$(cd "$(dirname "$0")" && pwd)` computes a path; only commands of the script itself change directory.
      if (command.name !== 'cd' || command.depth > 0) continue;
      yield violationAt('cd', { directory: command.args.join(' ') }, command.range, command.path);
    }
  },
});
