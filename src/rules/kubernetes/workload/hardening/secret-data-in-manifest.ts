import { isReferenceOrPlaceholder, maskSecret } from '../../../../secrets/index.js';
import { defineRule } from '../../../define-rule.js';

const secretFields = ['data', 'stringData'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';
}

/** The text a key holds: `data` is base64, `stringData` is plain. */
function plainText(field: (typeof secretFields)[number], value: string): string {
  return field === 'data' ? Buffer.from(value, 'base64').toString('utf8') : value;
}

export const secretDataInManifest = defineRule({
  id: 'KW038',
  slug: 'secret-data-in-manifest',
  title: 'Secret values committed in a manifest',
  severity: 'high',
  domain: 'kubernetes-workload',
  target: 'kubernetes-object',
  appliesTo: ['Secret'],
  rationale:
    'Base64 in `data` is an encoding, not encryption: a Secret manifest in a repository gives its values to ' +
    'everyone who can read the repository, its forks and its history, for good. Empty values and unrendered ' +
    'placeholders (`${DB_PASSWORD}`, `<token>`) are not reported.',
  remediation:
    'Keep the values out of the repository: generate the Secret with External Secrets Operator (ExternalSecret), ' +
    'commit only an encrypted SealedSecret, or mount the values with the Secrets Store CSI driver; then rotate ' +
    'every value that was committed.',
  references: {
    cis: ['k8s-1.9:5.4.2'],
    mitre: ['T1552.001'],
    urls: ['https://kubernetes.io/docs/concepts/security/secrets-good-practices/'],
  },
  messages: {
    committed: 'Secret "{{name}}" stores a value for {{field}}.{{key}} in the manifest ({{masked}})',
  },
  *check(view) {
    const { object } = view;
    if (object.kind !== 'Secret' || object.apiVersion !== 'v1') return;
    for (const field of secretFields) {
      const values = object[field];
      if (!isRecord(values)) continue;
      for (const [key, raw] of Object.entries(values)) {
        const value = scalarText(raw);
        if (value.trim() === '' || isReferenceOrPlaceholder(plainText(field, value))) continue;
        yield {
          messageId: 'committed',
          data: { name: view.resource.name, field, key, masked: maskSecret(value) },
          path: [field, key],
        };
      }
    }
  },
});
