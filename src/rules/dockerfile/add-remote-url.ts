import { defineRule } from '../define-rule.js';
import { copySources, flagValue, isUrl } from './dockerfile-utils/copy-sources.js';
import { instructionPath } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const addRemoteUrl = defineRule({
  id: 'DF004',
  slug: 'add-remote-url',
  title: 'ADD downloads a URL without a checksum',
  severity: 'medium',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'ADD fetches the URL at build time and trusts whatever the server returns: a compromised or changed download ' +
    'goes straight into the image, and the build is not reproducible.',
  remediation:
    'Add `--checksum=sha256:<digest>` to the ADD, or download with curl in a RUN and verify the file ' +
    '(`sha256sum -c`) before using it.',
  references: {
    cis: ['docker-1.6:4.9'],
    urls: ['https://docs.docker.com/reference/dockerfile/#add---checksum'],
  },
  messages: {
    unverified: 'ADD downloads {{url}} without --checksum, so its content is not verified',
  },
  *check(view) {
    for (const instruction of view.instructions) {
      if (instruction.keyword !== 'ADD' || flagValue(instruction, 'checksum') !== undefined) continue;
      const path = instructionPath(view, instruction);
      for (const [index, source] of copySources(instruction).entries()) {
        if (isUrl(source))
          yield violationAt('unverified', { url: source }, instruction.range, [...path, 'sources', index]);
      }
    }
  },
});
