import { nodeSecureBootDisabled } from '../../../src/rules/node/node-secure-boot-disabled.js';
import { nodeRuleTester, nodeView } from './node-utils/node-view.js';

nodeRuleTester(nodeSecureBootDisabled, {
  valid: [
    { name: 'UEFI with secure boot', view: nodeView() },
    {
      name: 'UEFI, SecureBoot variable unreadable (an error elsewhere, not a finding)',
      view: nodeView({ boot: { observed: true, value: { firmware: 'uefi', secureBoot: undefined } } }),
    },
    { name: 'not observed (no /sys)', view: nodeView({ boot: { observed: false } }) },
  ],
  invalid: [
    {
      name: 'UEFI with secure boot off',
      view: nodeView({ boot: { observed: true, value: { firmware: 'uefi', secureBoot: false } } }),
      errors: [
        {
          messageId: 'disabled',
          file: '/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c',
          path: 'SecureBoot',
        },
      ],
    },
    {
      name: 'legacy BIOS boot, said so',
      view: nodeView({ boot: { observed: true, value: { firmware: 'legacy' } } }),
      errors: [
        {
          messageId: 'legacy',
          file: '/sys/firmware/efi',
          path: 'firmware',
          message: 'the node booted through legacy BIOS (no /sys/firmware/efi): secure boot is not possible',
        },
      ],
    },
  ],
});
