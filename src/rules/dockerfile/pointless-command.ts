import { defineRule } from '../define-rule.js';
import { runCommands } from './dockerfile-utils/run-commands.js';
import { violationAt } from './dockerfile-utils/violation.js';

/** Interactive or system-management programs that do nothing useful while an image is built. */
const pointless = new Set([
  'free',
  'ifconfig',
  'kill',
  'mount',
  'ps',
  'service',
  'shutdown',
  'ssh',
  'top',
  'vim',
]);

export const pointlessCommand = defineRule({
  id: 'DF014',
  slug: 'pointless-command',
  title: 'Command that makes no sense in an image build',
  severity: 'info',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'A RUN step has no terminal, no init system and no running services: interactive tools, service managers ' +
    'and process tools there either do nothing or hide a mistake, such as expecting a service started in a RUN ' +
    'to still run in the container.',
  remediation:
    'Remove the command. Start services from the container entrypoint and inspect processes with `docker exec` ' +
    'or `kubectl exec` at run time.',
  references: {
    hadolint: ['DL3001'],
  },
  messages: {
    pointless: '{{command}} makes no sense while building an image',
  },
  *check(view) {
    for (const command of runCommands(view)) {
      if (pointless.has(command.name))
        yield violationAt('pointless', { command: command.name }, command.range, command.path);
    }
  },
});
