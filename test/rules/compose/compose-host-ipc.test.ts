import { composeHostIpc } from '../../../src/rules/compose/compose-host-ipc.js';
import { ruleTester } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composeHostIpc, {
  valid: [
    ...validForEveryVersion({
      name: 'field omitted',
      code: lines('services:', '  app:', '    image: nginx:1.25'),
    }),
    ...validForEveryVersion({ name: 'shareable', code: lines('services:', '  app:', '    ipc: shareable') }),
    ...validForEveryVersion({
      name: 'joins another service',
      code: lines('services:', '  a:', '    ipc: shareable', '  b:', '    ipc: "service:a"'),
    }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'ipc host',
      code: lines('services:', '  app:', '    image: nginx:1.25', '    ipc: host'),
      errors: [{ line: 4, messageId: 'hostIpc', path: 'services.app.ipc' }],
    }),
    ...invalidForEveryVersion({
      name: 'flow mapping',
      code: lines('services:', '  app: {ipc: host}'),
      errors: [{ line: 2, messageId: 'hostIpc' }],
    }),
  ],
});
