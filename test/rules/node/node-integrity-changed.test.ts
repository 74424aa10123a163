import { nodeIntegrityChanged } from '../../../src/rules/node/node-integrity-changed.js';
import { nodeRuleTester, nodeView } from './node-utils/node-view.js';

const before = 'a'.repeat(64);
const after = 'b'.repeat(64);

nodeRuleTester(nodeIntegrityChanged, {
  valid: [
    { name: 'no baseline given', view: nodeView() },
    { name: 'nothing changed since the baseline', view: nodeView({ integrity: [] }) },
  ],
  invalid: [
    {
      name: 'every kind of change',
      view: nodeView({
        integrity: [
          { change: 'content', path: '/usr/bin/kubelet', expected: before, actual: after },
          { change: 'mode', path: '/usr/bin/kubelet', expected: 0o755, actual: 0o4755 },
          { change: 'added', path: '/usr/local/bin/runc', actual: after },
          { change: 'removed', path: '/usr/bin/crictl', expected: before },
        ],
      }),
      errors: [
        {
          messageId: 'content',
          file: '/usr/bin/kubelet',
          path: 'sha256',
          severity: 'high',
          message: '/usr/bin/kubelet changed since the baseline (sha256 aaaaaaaaaaaa -> bbbbbbbbbbbb)',
        },
        {
          messageId: 'mode',
          file: '/usr/bin/kubelet',
          path: 'mode',
          severity: 'medium',
          message: '/usr/bin/kubelet changed mode since the baseline (0755 -> 4755)',
        },
        { messageId: 'added', file: '/usr/local/bin/runc', path: 'sha256', severity: 'medium' },
        { messageId: 'removed', file: '/usr/bin/crictl', path: 'path', severity: 'medium' },
      ],
    },
  ],
});
