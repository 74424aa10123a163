import { hasInterpolation, resolveDefaults } from '../../sources/compose/interpolation.js';
import { findSecret, maskSecret } from '../../secrets/index.js';
import { defineRule } from '../define-rule.js';
import { composeServiceKinds, serviceData, specUrl } from './utils/service.js';

/**
 * The part of a value that is written in the file. A `${VAR:-fallback}` default is literal file content even though
 * the variable may override it; a variable without a default leaves the text as written, where a bare `${VAR}` is a
 * reference and never a secret.
 */
function literalPart(value: string): { text: string; fallback: boolean } | undefined {
  if (!hasInterpolation(value)) return { text: value, fallback: false };
  const resolved = resolveDefaults(value);
  if (resolved === undefined) return { text: value, fallback: false };
  return resolved.trim() === '' ? undefined : { text: resolved, fallback: true };
}

export const composeSecretInEnvironment = defineRule({
  id: 'DC016',
  slug: 'compose-secret-in-environment',
  title: 'Literal secret in a compose service environment',
  severity: 'high',
  domain: 'compose',
  target: 'compose-service',
  appliesTo: composeServiceKinds,
  rationale:
    'A password, token or key written into the compose file is in every clone, fork and CI log of the repository ' +
    'and in `docker inspect` output, and rotating it means rewriting history. `${VAR}` interpolation from an ' +
    'uncommitted .env file or compose `secrets:` keep it out of the file; a `${VAR:-fallback}` fallback does not.',
  remediation:
    'Move the value to compose `secrets:` (mounted under /run/secrets) or to an uncommitted .env file read through ' +
    '`${VAR}`, then rotate the exposed credential.',
  references: {
    mitre: ['T1552.001'],
    urls: [specUrl('environment'), specUrl('secrets')],
  },
  messages: {
    literal:
      'environment variable {{name}} of service "{{service}}" holds a literal secret ({{what}}): {{masked}}',
    fallback:
      'environment variable {{name}} of service "{{service}}" falls back to a literal secret ({{what}}): {{masked}}',
  },
  *check(view) {
    for (const entry of view.environment) {
      if (entry.value === undefined) continue;
      const literal = literalPart(entry.value);
      if (literal === undefined) continue;
      const match = findSecret(entry.name, literal.text);
      if (match === undefined) continue;
      yield {
        messageId: literal.fallback ? 'fallback' : 'literal',
        data: serviceData(view, {
          name: entry.name,
          what: match.by === 'value' ? match.description : 'secret-looking name',
          masked: maskSecret(literal.text.trim()),
        }),
        path: entry.path,
      };
    }
  },
});
