import { containerSeccompUnconfined } from '../../../src/rules/container/container-seccomp-unconfined.js';
import { ruleTester } from '../../support/rule-tester.js';
import { inspect, script } from './utils/cases.js';

ruleTester(containerSeccompUnconfined, {
  valid: [
    { name: 'default profile', kind: 'script', code: script('docker run nginx') },
    {
      name: 'custom profile',
      kind: 'script',
      code: script('docker run --security-opt seccomp=./profile.json nginx'),
    },
    { name: 'variable', kind: 'script', code: script('docker run --security-opt "$OPT" nginx') },
    { name: 'engine: default', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'unconfined',
      kind: 'script',
      code: script('docker run --security-opt seccomp=unconfined nginx'),
      errors: [{ line: 1, column: 12, messageId: 'unconfined', path: '--security-opt' }],
    },
    {
      name: 'old colon form',
      kind: 'script',
      code: script("docker run --security-opt='seccomp:unconfined' nginx"),
      errors: [{ line: 1, column: 12 }],
    },
    {
      name: 'engine',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { SecurityOpt: ['no-new-privileges', 'seccomp=unconfined'] } }),
      errors: [{ line: 1, path: 'HostConfig.SecurityOpt[1]' }],
    },
  ],
});
