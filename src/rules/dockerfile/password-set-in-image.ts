import { defineRule } from '../define-rule.js';
import { optionValues } from './dockerfile-utils/command-args.js';
import type { RunCommand } from './dockerfile-utils/run-commands.js';
import { runCommands } from './dockerfile-utils/run-commands.js';
import { violationAt } from './dockerfile-utils/violation.js';

/** `*` and `!` mark a locked account: no password is set. */
const lockedPassword = /^["']?[*!]+["']?$/;

function setsPassword(command: RunCommand): boolean {
  if (command.name === 'chpasswd' || command.name === 'chgpasswd') return true;
  if (command.name === 'passwd') return command.args.includes('--stdin');
  if (command.name === 'useradd' || command.name === 'usermod' || command.name === 'adduser')
    return optionValues(command.args, '-p', '--password').some(
      (value) => value !== '' && !lockedPassword.test(value),
    );
  return false;
}

export const passwordSetInImage = defineRule({
  id: 'DF008',
  slug: 'password-set-in-image',
  title: 'Password set in the image',
  severity: 'high',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'A password set during the build is stored in the layer (/etc/shadow) and usually in the image history as ' +
    'plain text. Every copy of the image shares it, and containers rarely need password logins at all.',
  remediation:
    'Do not set passwords in the image. Use key-based or token authentication supplied at run time, and lock ' +
    'accounts that need no login (`useradd --no-log-init -r`, password `!`).',
  references: {
    cis: ['docker-1.6:4.10'],
    mitre: ['T1552.001'],
  },
  messages: {
    password:
      '{{command}} sets a password in the image; the password or its hash stays in the layer and the history',
  },
  *check(view) {
    for (const command of runCommands(view)) {
      if (setsPassword(command))
        yield violationAt('password', { command: command.name }, command.range, command.path);
    }
  },
});
