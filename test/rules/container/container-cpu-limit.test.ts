import { containerCpuLimit } from '../../../src/rules/container/container-cpu-limit.js';
import { ruleTester } from '../../support/rule-tester.js';
import { inspect, script } from './utils/cases.js';

ruleTester(containerCpuLimit, {
  valid: [
    { name: 'cpus', kind: 'script', code: script('docker run --cpus 1.5 nginx') },
    { name: 'shares', kind: 'script', code: script('docker run -c 512 nginx') },
    { name: 'quota', kind: 'script', code: script('docker run --cpu-quota=50000 nginx') },
    { name: 'decided by a variable', kind: 'script', code: script('docker run --cpus "$CPUS" nginx') },
    { name: 'engine: shares 512', kind: 'container-inspect', code: inspect() },
  ],
  invalid: [
    {
      name: 'omitted',
      kind: 'script',
      code: script('docker run nginx'),
      errors: [{ line: 1, column: 1, messageId: 'notSet' }],
    },
    {
      name: 'default weight changes nothing',
      kind: 'script',
      code: script('docker run --cpu-shares 1024 nginx'),
      errors: [{ line: 1, column: 12, path: '--cpu-shares' }],
    },
    {
      name: 'engine: nothing set',
      kind: 'container-inspect',
      code: inspect({ HostConfig: { CpuShares: 0 } }),
      errors: [{ line: 1, path: 'HostConfig.CpuShares' }],
    },
  ],
});
