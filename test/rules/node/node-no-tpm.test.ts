import { nodeNoTpm } from '../../../src/rules/node/node-no-tpm.js';
import { nodeRuleTester, nodeView } from './node-utils/node-view.js';

nodeRuleTester(nodeNoTpm, {
  valid: [
    { name: 'a TPM is present', view: nodeView() },
    { name: 'not observed (no /sys, no /dev)', view: nodeView({ tpm: { observed: false } }) },
  ],
  invalid: [
    {
      name: 'no TPM',
      view: nodeView({ tpm: { observed: true, value: false } }),
      errors: [{ messageId: 'absent', file: '/sys/class/tpm/tpm0', path: 'tpm', severity: 'info' }],
    },
  ],
});
