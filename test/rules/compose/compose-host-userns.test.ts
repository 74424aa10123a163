import { composeHostUserns } from '../../../src/rules/compose/compose-host-userns.js';
import { ruleTester } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composeHostUserns, {
  valid: [
    ...validForEveryVersion({
      name: 'field omitted',
      code: lines('services:', '  app:', '    image: nginx:1.25'),
    }),
    ...validForEveryVersion({ name: 'empty', code: lines('services:', '  app:', '    userns_mode: ""') }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'userns_mode host',
      code: lines('services:', '  app:', '    image: nginx:1.25', '    userns_mode: host'),
      errors: [{ line: 4, messageId: 'hostUserns', path: 'services.app.userns_mode' }],
    }),
    ...invalidForEveryVersion({
      name: 'quoted',
      code: lines('services:', '  app:', '    userns_mode: "host"', '    image: nginx:1.25'),
      errors: [{ line: 3, messageId: 'hostUserns' }],
    }),
  ],
});
