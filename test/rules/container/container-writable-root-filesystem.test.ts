import { containerWritableRootFilesystem } from '../../../src/rules/container/container-writable-root-filesystem.js';
import { ruleTester } from '../../support/rule-tester.js';
import { inspect, script } from './utils/cases.js';

ruleTester(containerWritableRootFilesystem, {
  valid: [
    { name: 'read-only', kind: 'script', code: script('docker run --read-only nginx') },
    { name: 'read-only=true', kind: 'script', code: script('docker run --read-only=true nginx') },
    { name: 'options in a variable', kind: 'script', code: script('docker run "${OPTS[@]}" -d nginx') },
    { name: 'engine: read-only', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'omitted',
      kind: 'script',
      code: script('docker run -d nginx'),
      errors: [{ line: 1, column: 1, messageId: 'missing' }],
    },
    {
      name: 'turned off',
      kind: 'script',
      code: script('docker run --read-only=false nginx'),
      errors: [{ line: 1, column: 12, messageId: 'disabled', path: '--read-only' }],
    },
    {
      name: 'engine: writable',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { ReadonlyRootfs: false } }),
      errors: [{ line: 1, messageId: 'disabled', path: 'HostConfig.ReadonlyRootfs' }],
    },
  ],
});
