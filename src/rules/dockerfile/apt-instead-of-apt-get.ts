import { defineRule } from '../define-rule.js';
import { runCommands } from './dockerfile-utils/run-commands.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const aptInsteadOfAptGet = defineRule({
  id: 'DF032',
  slug: 'apt-instead-of-apt-get',
  title: 'apt used in a build',
  severity: 'low',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    '`apt` is the interactive front end: its output and behaviour may change between releases and it warns that ' +
    'it has no stable interface for scripts.',
  remediation: 'Use `apt-get` (or `apt-cache` for queries) in Dockerfiles.',
  references: {
    hadolint: ['DL3027'],
  },
  messages: {
    apt: 'use apt-get or apt-cache instead of apt {{subcommand}}',
  },
  *check(view) {
    for (const command of runCommands(view)) {
      if (command.name !== 'apt') continue;
      const subcommand = command.args.find((arg) => !arg.startsWith('-')) ?? '';
      yield violationAt('apt', { subcommand }, command.range, command.path);
    }
  },
});
