import { defineRule } from '../define-rule.js';
import { nodeKinds } from './node-utils/file-permissions.js';

export const nodeNoTpm = defineRule({
  id: 'KC116',
  slug: 'node-no-tpm',
  title: 'no TPM on the node',
  severity: 'info',
  domain: 'kubernetes-config',
  target: 'node',
  appliesTo: nodeKinds,
  rationale:
    'A TPM measures what booted and can seal disk keys and node credentials to that measurement, so a node can ' +
    'prove it booted the expected software (remote attestation) and its secrets stay locked when it did not. ' +
    'Without one, none of that is available; it is a capability, not a vulnerability.',
  remediation:
    'Use hardware or a VM type with a TPM 2.0 (cloud vTPM, shielded instances) where measured boot or attestation ' +
    'is required.',
  references: { urls: ['https://trustedcomputinggroup.org/resource/tpm-library-specification/'] },
  messages: { absent: 'no TPM device (neither /sys/class/tpm/tpm0 nor /dev/tpm0)' },
  *check(view) {
    if (!view.tpm.observed || view.tpm.value) return;
    yield { messageId: 'absent', filePath: '/sys/class/tpm/tpm0', path: ['tpm'] };
  },
});
