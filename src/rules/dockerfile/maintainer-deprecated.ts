import { defineRule } from '../define-rule.js';
import { instructionPath } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const maintainerDeprecated = defineRule({
  id: 'DF037',
  slug: 'maintainer-deprecated',
  title: 'MAINTAINER is deprecated',
  severity: 'info',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale: 'MAINTAINER is deprecated; tools read authorship from the standard OCI label instead.',
  remediation: 'Replace it with `LABEL org.opencontainers.image.authors="name <email>"`.',
  references: {
    hadolint: ['DL4000'],
    trivy: ['DS-0022'],
  },
  messages: {
    deprecated: 'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors',
  },
  *check(view) {
    for (const instruction of view.instructions) {
      if (instruction.keyword === 'MAINTAINER')
        yield violationAt('deprecated', {}, instruction.range, instructionPath(view, instruction));
    }
  },
});
