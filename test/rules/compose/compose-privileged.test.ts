import { composePrivileged } from '../../../src/rules/compose/compose-privileged.js';
import { ruleTester } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composePrivileged, {
  valid: [
    ...validForEveryVersion({
      name: 'field omitted',
      code: lines('services:', '  app:', '    image: nginx:1.25'),
    }),
    ...validForEveryVersion({
      name: 'privileged false',
      code: lines('services:', '  app:', '    image: nginx:1.25', '    privileged: false'),
    }),
    ...validForEveryVersion({
      name: 'service without a body',
      code: lines('services:', '  app:'),
    }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'privileged true',
      code: lines('services:', '  app:', '    image: nginx:1.25', '    privileged: true'),
      errors: [{ line: 4, messageId: 'privileged', path: 'services.app.privileged' }],
    }),
    ...invalidForEveryVersion({
      name: 'flow mapping, second service',
      code: lines(
        'services:',
        '  web:',
        '    image: nginx:1.25',
        '  agent: {image: "agent:2", privileged: true}',
      ),
      errors: [{ line: 4, messageId: 'privileged', path: 'services.agent.privileged' }],
    }),
    ...invalidForEveryVersion({
      name: 'inherited through a merge key points at the service',
      code: lines(
        'x-defaults: &defaults',
        '  privileged: true',
        'services:',
        '  app:',
        '    <<: *defaults',
        '    image: nginx:1.25',
      ),
      errors: [{ line: 4, messageId: 'privileged', path: 'services.app.privileged' }],
    }),
  ],
});
