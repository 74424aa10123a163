import { defineRule } from '../define-rule.js';
import { fileViolation, imageKinds } from './image-utils/violations.js';

export const imageSecretInFile = defineRule({
  id: 'IM014',
  slug: 'image-secret-in-file',
  title: 'Secret in a file of the image',
  severity: 'high',
  domain: 'image',
  target: 'image',
  appliesTo: imageKinds,
  rationale:
    'A private key, token, password or credential file inside the image is readable by anyone who can pull it, ' +
    'and by every process in every container started from it. High: a leaked credential usually grants access ' +
    'beyond the container. The shared secret engine finds them (docs/secrets.md); test suites, examples and ' +
    'templates are not scanned.',
  remediation:
    'Remove the file from the build context (`.dockerignore`) or from the stage that ships, pass build-time ' +
    'secrets with `RUN --mount=type=secret`, mount runtime secrets into the container, and rotate the credential.',
  references: {
    cis: ['docker-1.6:4.10'],
    trivy: ['DS-0031'],
    mitre: ['T1552.001', 'T1552.004'],
    urls: ['Dockle CIS-DI-0010', 'https://docs.docker.com/build/building/secrets/'],
  },
  messages: {
    secret: '{{path}} line {{line}} holds a {{kind}}: {{masked}}',
  },
  *check(view) {
    for (const hit of view.files.secrets) {
      if (hit.fossil) continue;
      const data = { path: hit.path, line: hit.line, kind: hit.kind, masked: hit.masked };
      yield fileViolation('secret', data, hit, hit.line);
    }
  },
});
