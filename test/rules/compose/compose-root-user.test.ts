import { composeRootUser } from '../../../src/rules/compose/compose-root-user.js';
import { ruleTester } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composeRootUser, {
  valid: [
    ...validForEveryVersion({ name: 'numeric uid', code: lines('services:', '  app:', '    user: "10001"') }),
    ...validForEveryVersion({
      name: 'uid:gid unquoted',
      code: lines('services:', '  app:', '    user: 1000:1000'),
    }),
    ...validForEveryVersion({ name: 'number', code: lines('services:', '  app:', '    user: 1000') }),
    ...validForEveryVersion({ name: 'user name', code: lines('services:', '  app:', '    user: node') }),
    ...validForEveryVersion({
      name: 'root group only',
      code: lines('services:', '  app:', '    user: "1001:0"'),
    }),
    ...validForEveryVersion({
      name: 'user names are case-sensitive',
      code: lines('services:', '  app:', '    user: ROOT'),
    }),
    ...validForEveryVersion({
      name: 'interpolated',
      code: lines('services:', '  app:', '    user: "${UID}:${GID}"'),
    }),
    ...validForEveryVersion({
      name: 'interpolated with a non-root default',
      code: lines('services:', '  app:', '    user: "${APP_UID:-10001}:${APP_GID-10001}"'),
    }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'interpolated with a root default',
      code: lines(
        'services:',
        '  app:',
        '    user: "${APP_UID:-0}:${APP_GID:-0}"',
        '  web:',
        '    user: ${WEB_USER-root}',
      ),
      errors: [
        { line: 3, messageId: 'root' },
        { line: 5, messageId: 'root' },
      ],
    }),
    ...invalidForEveryVersion({
      name: 'field omitted points at the service',
      code: lines('services:', '  app:', '    image: nginx:1.25'),
      errors: [{ line: 2, messageId: 'unset', path: 'services.app.user' }],
    }),
    ...invalidForEveryVersion({
      name: 'empty user',
      code: lines('services:', '  app:', '    image: nginx:1.25', '    user: ""'),
      errors: [{ line: 4, messageId: 'unset' }],
    }),
    ...invalidForEveryVersion({
      name: 'root spelled every way',
      code: lines(
        'services:',
        '  a:',
        '    user: root',
        '  b:',
        '    user: "0"',
        '  c:',
        '    user: 0',
        '  d:',
        '    user: "0:0"',
        '  e:',
        '    user: root:root',
        '  f:',
        '    user: root:wheel',
      ),
      errors: [
        { line: 3, messageId: 'root', path: 'services.a.user' },
        { line: 5, messageId: 'root', path: 'services.b.user' },
        { line: 7, messageId: 'root', path: 'services.c.user' },
        { line: 9, messageId: 'root', path: 'services.d.user' },
        { line: 11, messageId: 'root', path: 'services.e.user' },
        { line: 13, messageId: 'root', path: 'services.f.user' },
      ],
    }),
  ],
});
