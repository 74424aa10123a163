import { defineRule } from '../define-rule.js';
import { nodeKinds } from './node-utils/file-permissions.js';

export const nodeSecureBootDisabled = defineRule({
  id: 'KC115',
  slug: 'node-secure-boot-disabled',
  title: 'the node does not boot with secure boot',
  severity: 'low',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'Secure boot makes the firmware refuse a boot loader or kernel that is not signed, so a root compromise cannot ' +
    "plant a kernel or bootkit that survives reinstalling the node's workloads. It also switches on kernel " +
    'lockdown on most distributions, which keeps even root from patching the running kernel. A node that boots ' +
    'through the legacy BIOS path has no secure boot at all.',
  remediation:
    'Boot the node in UEFI mode with secure boot enabled in the firmware (on cloud VMs: a shielded or trusted-launch ' +
    'instance type), with a signed shim, boot loader and kernel.',
  references: {
    mitre: ['T1542'],
    urls: ['https://uefi.org/specs/UEFI/2.10/32_Secure_Boot_and_Driver_Signing.html'],
  },
  messages: {
    legacy: 'the node booted through legacy BIOS (no /sys/firmware/efi): secure boot is not possible',
    disabled: 'UEFI boot with secure boot off (SecureBoot variable is not 1)',
  },
  *check(view) {
    if (!view.boot.observed) return;
    const boot = view.boot.value;
    if (boot.firmware === 'legacy') {
      yield { messageId: 'legacy', filePath: '/sys/firmware/efi', path: ['firmware'] };
      return;
    }
    if (boot.secureBoot === false)
      yield {
        messageId: 'disabled',
        filePath: '/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c',
        path: ['SecureBoot'],
      };
  },
});
