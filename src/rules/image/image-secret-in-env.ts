import type { Severity } from '../../core/index.js';
import { findSecret, maskSecret } from '../../secrets/index.js';
import { defineRule } from '../define-rule.js';
import { imageKinds } from './image-utils/violations.js';

/** A value that is itself a recognisable credential (a token, a key) needs no guessing from its name. */
const credentialSeverity: Severity = 'critical';

export const imageSecretInEnv = defineRule({
  id: 'IM003',
  slug: 'image-secret-in-env',
  title: 'Secret in the image environment',
  severity: 'high',
  domain: 'image',
  target: 'image',
  appliesTo: imageKinds,
  rationale:
    'The `Env` of the image configuration is readable by anyone who can pull the image (`docker inspect`, any ' +
    'registry client) and is inherited by every container and every image built on top. High for a literal ' +
    'under a secret-looking name; critical when the value itself is a recognisable credential (a token, a key).',
  remediation:
    'Remove the variable from the image (no `ENV` for secrets) and give the value to containers at run time: ' +
    'orchestrator secrets, mounted files, or `--env-file` kept out of the image. Rotate the exposed credential.',
  references: {
    cis: ['docker-1.6:4.10'],
    trivy: ['DS-0031'],
    mitre: ['T1552.001'],
    urls: ['Dockle CIS-DI-0010'],
  },
  messages: {
    secret: 'environment variable {{name}} holds {{what}}: {{masked}}',
  },
  *check(view) {
    for (const [index, entry] of view.config.env.entries()) {
      const equals = entry.indexOf('=');
      if (equals <= 0) continue;
      const name = entry.slice(0, equals);
      const value = entry.slice(equals + 1);
      const match = findSecret(name, value);
      if (match === undefined) continue;
      yield {
        messageId: 'secret',
        data: {
          name,
          what: match.by === 'value' ? `a ${match.description}` : 'a literal secret',
          masked: maskSecret(value.trim()),
        },
        path: ['config', 'Env', index],
        ...(match.by === 'value' ? { severity: credentialSeverity } : {}),
      };
    }
  },
});
