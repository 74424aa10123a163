import { composeNoNewPrivileges } from '../../../src/rules/compose/compose-no-new-privileges.js';
import { ruleTester } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composeNoNewPrivileges, {
  valid: [
    ...validForEveryVersion({
      name: 'colon form',
      code: lines('services:', '  app:', '    security_opt:', '      - no-new-privileges:true'),
    }),
    ...validForEveryVersion({
      name: 'equals form among other options',
      code: lines(
        'services:',
        '  app:',
        '    security_opt:',
        '      - apparmor=docker-default',
        '      - no-new-privileges=true',
      ),
    }),
    ...validForEveryVersion({
      name: 'bare option, flow list',
      code: lines('services:', '  app:', '    security_opt: [no-new-privileges]'),
    }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'field omitted points at the service',
      code: lines('services:', '  app:', '    image: nginx:1.25'),
      errors: [{ line: 2, messageId: 'missing', path: 'services.app.security_opt' }],
    }),
    ...invalidForEveryVersion({
      name: 'other options only',
      code: lines(
        'services:',
        '  app:',
        '    image: nginx:1.25',
        '    security_opt:',
        '      - apparmor=docker-default',
      ),
      errors: [{ line: 4, messageId: 'missing' }],
    }),
    ...invalidForEveryVersion({
      name: 'explicitly off',
      code: lines(
        'services:',
        '  app:',
        '    security_opt:',
        '      - label:type:container_t',
        '      - no-new-privileges:false',
      ),
      errors: [{ line: 5, messageId: 'disabled', path: 'services.app.security_opt[1]' }],
    }),
  ],
});
