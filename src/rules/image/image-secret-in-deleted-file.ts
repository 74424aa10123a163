import { defineRule } from '../define-rule.js';
import { fileViolation, imageKinds } from './image-utils/violations.js';

export const imageSecretInDeletedFile = defineRule({
  id: 'IM015',
  slug: 'image-secret-in-deleted-file',
  title: 'Secret in a file deleted by a later layer',
  severity: 'high',
  domain: 'image',
  target: 'image',
  appliesTo: imageKinds,
  rationale:
    'Deleting or overwriting a file in a later layer only hides it: the layer that added it is still part of ' +
    'the image, and anyone who pulls the image can extract it (`docker save`, `crane export`, any tar tool). ' +
    'High, like a secret in a live file: the credential is exactly as exposed.',
  remediation:
    'Never let the secret into a layer: `RUN --mount=type=secret` for build-time secrets, or a multi-stage build ' +
    'that copies only outputs into the final stage. Then rebuild, and rotate the credential.',
  references: {
    cis: ['docker-1.6:4.10'],
    mitre: ['T1552.001', 'T1552.004'],
    urls: ['https://docs.docker.com/build/building/secrets/'],
  },
  messages: {
    fossil:
      '{{path}} line {{line}} holds a {{kind}} ({{masked}}); the file was deleted or replaced in a later layer ' +
      'but still ships in layer {{layer}}',
  },
  *check(view) {
    for (const hit of view.files.secrets) {
      if (!hit.fossil) continue;
      const data = {
        path: hit.path,
        line: hit.line,
        kind: hit.kind,
        masked: hit.masked,
        layer: hit.layer.digest,
      };
      yield fileViolation('fossil', data, hit, hit.line);
    }
  },
});
