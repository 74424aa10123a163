import { daemonCgroupParentChanged } from '../../../src/rules/daemon/daemon-cgroup-parent-changed.js';
import { daemonRuleTester } from './daemon-utils/daemon-rule-tester.js';

daemonRuleTester(daemonCgroupParentChanged, {
  valid: [
    { name: 'cgroup-parent omitted', json: '{\n  "icc": false\n}\n' },
    { name: 'cgroup-parent empty', json: '{\n  "cgroup-parent": ""\n}\n' },
    { name: 'live daemon without the flag', flags: ['dockerd'] },
  ],
  invalid: [
    {
      name: 'cgroup-parent set',
      json: '{\n  "icc": false,\n  "cgroup-parent": "/shared"\n}\n',
      errors: [
        {
          messageId: 'changed',
          line: 3,
          path: 'cgroup-parent',
          severity: 'info',
          message:
            'containers are placed under cgroup "/shared" ("cgroup-parent": "/shared") instead of dockerd\'s default; confirm its limits',
        },
      ],
    },
    {
      name: 'flag --cgroup-parent',
      flags: ['dockerd', '--cgroup-parent', 'batch.slice'],
      errors: [{ messageId: 'changed', line: 1, column: 9, path: 'cgroup-parent' }],
    },
  ],
});
