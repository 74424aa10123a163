import { defineRule } from '../define-rule.js';
import { accountLines } from './image-utils/accounts.js';
import { fileViolation, imageKinds } from './image-utils/violations.js';

export const imageEmptyPassword = defineRule({
  id: 'IM010',
  slug: 'image-empty-password',
  title: 'Account with an empty password',
  severity: 'high',
  domain: 'image',
  target: 'image',
  appliesTo: imageKinds,
  rationale:
    'An empty password field lets anyone log in as that account without a password wherever a password login ' +
    'exists: `su`, a console, an SSH server allowing empty passwords. High: from any foothold in the container it ' +
    'is a free switch of user, often to root. Locked accounts (`*`, `!`, `!!`) are not empty.',
  remediation:
    'Lock the account (`passwd -l <user>` or `usermod -L <user>`, which puts `!` in /etc/shadow) or remove it; ' +
    'images need no login passwords at all.',
  references: {
    mitre: ['T1078.003'],
    urls: ['Dockle DKL-LI-0001'],
  },
  messages: {
    emptyShadow: 'account {{user}} has an empty password in /etc/shadow',
    emptyPasswd: 'account {{user}} has an empty password field in /etc/passwd',
  },
  *check(view) {
    const shadow = view.files.accountFiles['/etc/shadow'];
    if (shadow !== undefined)
      for (const { line, fields } of accountLines(shadow.text))
        if (fields.length >= 2 && fields[1] === '')
          yield fileViolation('emptyShadow', { user: fields[0] ?? '' }, shadow, line);
    // An empty second field in /etc/passwd means "no password" without consulting /etc/shadow.
    const passwd = view.files.accountFiles['/etc/passwd'];
    if (passwd !== undefined)
      for (const { line, fields } of accountLines(passwd.text))
        if (fields.length >= 7 && fields[1] === '')
          yield fileViolation('emptyPasswd', { user: fields[0] ?? '' }, passwd, line);
  },
});
