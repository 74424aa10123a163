import { defineRule } from '../define-rule.js';
import { instructionPath, unquote } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:/.test(path) || path.startsWith('\\');
}

export const workdirRelativePath = defineRule({
  id: 'DF013',
  slug: 'workdir-relative-path',
  title: 'Relative WORKDIR',
  severity: 'low',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'A relative WORKDIR is resolved against whatever directory came before, including one set by the base image, ' +
    'so files land somewhere other than the author expects when the base image changes.',
  remediation: 'Use an absolute path: `WORKDIR /app`.',
  references: {
    hadolint: ['DL3000'],
    trivy: ['DS-0009'],
  },
  messages: {
    relative: 'WORKDIR {{path}} is relative; use an absolute path',
  },
  *check(view) {
    for (const instruction of view.instructions) {
      if (instruction.keyword !== 'WORKDIR') continue;
      const path = unquote(instruction.argsText);
      if (path === '' || isAbsolute(path)) continue;
      yield violationAt('relative', { path }, instruction.range, instructionPath(view, instruction));
    }
  },
});
