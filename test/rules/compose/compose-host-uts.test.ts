import { composeHostUts } from '../../../src/rules/compose/compose-host-uts.js';
import { ruleTester } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composeHostUts, {
  valid: [
    ...validForEveryVersion({
      name: 'field omitted',
      code: lines('services:', '  app:', '    image: nginx:1.25'),
    }),
    ...validForEveryVersion({
      name: 'hostname instead',
      code: lines('services:', '  app:', '    hostname: web'),
    }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'uts host',
      code: lines('services:', '  app:', '    image: nginx:1.25', '    uts: host'),
      errors: [{ line: 4, messageId: 'hostUts', path: 'services.app.uts' }],
    }),
    ...invalidForEveryVersion({
      name: 'flow mapping',
      code: lines('services:', '  app: {uts: "host"}'),
      errors: [{ line: 2, messageId: 'hostUts' }],
    }),
  ],
});
