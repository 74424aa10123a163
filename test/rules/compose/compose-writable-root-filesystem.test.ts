import { composeWritableRootFilesystem } from '../../../src/rules/compose/compose-writable-root-filesystem.js';
import { ruleTester } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composeWritableRootFilesystem, {
  valid: [
    ...validForEveryVersion({
      name: 'read_only true with a tmpfs',
      code: lines('services:', '  app:', '    read_only: true', '    tmpfs:', '      - /tmp'),
    }),
    ...validForEveryVersion({ name: 'flow mapping', code: lines('services:', '  app: {read_only: true}') }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'field omitted points at the service',
      code: lines('services:', '  app:', '    image: nginx:1.25'),
      errors: [{ line: 2, messageId: 'writable', path: 'services.app.read_only' }],
    }),
    ...invalidForEveryVersion({
      name: 'read_only false',
      code: lines('services:', '  app:', '    image: nginx:1.25', '    read_only: false'),
      errors: [{ line: 4, messageId: 'writable' }],
    }),
  ],
});
