import { findSecret, maskSecret } from '../../../../secrets/index.js';
import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';

export const literalSecretInEnv = defineRule({
  id: 'KW037',
  slug: 'literal-secret-in-env',
  title: 'Secret written as a literal env value',
  severity: 'high',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'A credential written into `env[].value` is stored in the repository, in every rendered manifest and in the ' +
    'object that anyone allowed to read the workload can see; it cannot be rotated without a commit. Values that ' +
    'come from `valueFrom` are never reported.',
  remediation:
    'Move the value into a Secret (ideally created by External Secrets, Sealed Secrets or the Secrets Store CSI ' +
    'driver) and reference it with `valueFrom.secretKeyRef`, or mount it as a file; then rotate the exposed value.',
  references: {
    mitre: ['T1552.001'],
    urls: [
      'https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables',
    ],
  },
  messages: {
    secretValue: 'container "{{container}}" sets {{name}} to a literal {{description}} ({{masked}})',
    secretName:
      'container "{{container}}" sets the secret-looking variable {{name}} to a literal value ({{masked}})',
  },
  *check(view) {
    for (const entry of view.containers) {
      for (const [index, variable] of (entry.container.env ?? []).entries()) {
        if (variable.value === null || variable.value === undefined) continue;
        const value = String(variable.value);
        const match = findSecret(variable.name, value);
        if (match === undefined) continue;
        yield {
          messageId: match.by === 'value' ? 'secretValue' : 'secretName',
          data: {
            container: entry.name,
            name: variable.name,
            description: match.description,
            masked: maskSecret(value),
          },
          path: [...entry.path, 'env', index, 'value'],
        };
      }
    }
  },
});
