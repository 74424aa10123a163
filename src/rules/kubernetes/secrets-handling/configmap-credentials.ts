import type { Violation } from '../../../core/index.js';
import { findSecret, findSecretsInFile, maskSecret } from '../../../secrets/index.js';
import { defineRule } from '../../define-rule.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const configmapCredentials = defineRule({
  id: 'KN020',
  slug: 'configmap-credentials',
  title: 'ConfigMap holds credentials',
  severity: 'high',
  domain: 'kubernetes-network',
  target: 'kubernetes-object',
  appliesTo: ['ConfigMap'],
  rationale:
    'ConfigMaps are meant to be read: RBAC roles, dashboards, backup tools and `kubectl describe` show them to ' +
    'people and programs that are never given Secrets, and they are not encrypted at rest. A password, token, key ' +
    'or connection string with a password in one is exposed to all of them and to everyone who reads the ' +
    'repository. One-line values are judged by their key name and their shape; file-like values ' +
    '(`application.properties`, `.npmrc`, a kubeconfig) line by line, as the secret scanner reads files. Values ' +
    'are always masked in findings. References (`${DB_PASSWORD}`) and placeholders are not reported.',
  remediation:
    'Move the value into a Secret that is not committed: an ExternalSecret (External Secrets Operator), a ' +
    'SealedSecret, a SecretProviderClass (Secrets Store CSI driver) or Vault agent injection; reference it from ' +
    'the pod with `secretKeyRef` or a volume, and rotate the exposed credential.',
  references: {
    cis: ['k8s-1.9:5.4.1'],
    mitre: ['T1552.007'],
    urls: ['https://kubernetes.io/docs/concepts/configuration/configmap/'],
  },
  messages: {
    value: 'ConfigMap {{configMap}} key {{key}} holds a {{description}} ({{masked}})',
    fileLine:
      'ConfigMap {{configMap}} key {{key}}, line {{line}} of its value, holds a {{description}} ({{masked}})',
  },
  *check(view): Iterable<Violation<'value' | 'fileLine'>> {
    const { object, resource } = view;
    if (object.kind !== 'ConfigMap' || object.apiVersion !== 'v1') return;
    const data = object['data'];
    if (!isRecord(data)) return;
    const configMap = `${resource.namespace ?? 'default'}/${resource.name}`;
    for (const [key, raw] of Object.entries(data)) {
      if (typeof raw !== 'string' && typeof raw !== 'number') continue;
      const value = String(raw);
      if (!value.includes('\n')) {
        const match = findSecret(key, value);
        if (match !== undefined)
          yield {
            messageId: 'value',
            data: { configMap, key, description: match.description, masked: maskSecret(value) },
            path: ['data', key],
          };
        continue;
      }
      for (const found of findSecretsInFile(key, value))
        yield {
          messageId: 'fileLine',
          data: { configMap, key, line: found.line, description: found.kind, masked: found.masked },
          path: ['data', key],
        };
    }
  },
});
