import { nodeSeccompUnavailable } from '../../../src/rules/node/node-seccomp-unavailable.js';
import { nodeRuleTester, nodeView } from './node-utils/node-view.js';

nodeRuleTester(nodeSeccompUnavailable, {
  valid: [
    { name: 'seccomp available', view: nodeView() },
    { name: 'not observed (no /proc)', view: nodeView({ seccomp: { observed: false } }) },
  ],
  invalid: [
    {
      name: 'kernel without seccomp',
      view: nodeView({ seccomp: { observed: true, value: false } }),
      errors: [{ messageId: 'unavailable', file: '/proc/self/status', path: 'Seccomp', severity: 'high' }],
    },
  ],
});
