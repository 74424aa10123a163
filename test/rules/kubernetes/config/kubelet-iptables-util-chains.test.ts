import { kubeletIptablesUtilChains } from '../../../../src/rules/kubernetes/config/kubelet-iptables-util-chains.js';
import { ruleTester } from '../../../support/rule-tester.js';
import { kubeletConfig } from './manifests.js';

ruleTester(kubeletIptablesUtilChains, {
  valid: [
    { name: 'true', code: kubeletConfig('makeIPTablesUtilChains: true') },
    { name: 'omitted: true by default', code: kubeletConfig('readOnlyPort: 0') },
  ],
  invalid: [
    {
      name: 'false',
      code: kubeletConfig('makeIPTablesUtilChains: false'),
      errors: [{ line: 3, messageId: 'off', path: 'makeIPTablesUtilChains' }],
    },
  ],
});
