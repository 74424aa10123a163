import { composeCapabilitiesNotDropped } from '../../../src/rules/compose/compose-capabilities-not-dropped.js';
import { ruleTester } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composeCapabilitiesNotDropped, {
  valid: [
    ...validForEveryVersion({
      name: 'drops ALL',
      code: lines('services:', '  app:', '    cap_drop:', '      - ALL', '    cap_add: [NET_BIND_SERVICE]'),
    }),
    ...validForEveryVersion({
      name: 'flow list, lower case',
      code: lines('services:', '  app:', '    cap_drop: [all]'),
    }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'field omitted points at the service',
      code: lines('services:', '  app:', '    image: nginx:1.25'),
      errors: [{ line: 2, messageId: 'notDropped', path: 'services.app.cap_drop' }],
    }),
    ...invalidForEveryVersion({
      name: 'drops only some',
      code: lines('services:', '  app:', '    image: nginx:1.25', '    cap_drop:', '      - NET_RAW'),
      errors: [{ line: 4, messageId: 'notDropped' }],
    }),
    ...invalidForEveryVersion({
      name: 'empty list',
      code: lines('services:', '  app:', '    cap_drop: []'),
      errors: [{ line: 3, messageId: 'notDropped' }],
    }),
  ],
});
