import { defineRule } from '../define-rule.js';
import { copySources, isGitSource, isUrl } from './dockerfile-utils/copy-sources.js';
import { hasVariable, instructionPath } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

/** Archive types ADD extracts, as hadolint lists them. */
const archive = /\.(?:tar|Z|bz2|gz|lz|lzma|tZ|tb2|tbz|tbz2|tgz|tlz|tpz|txz|xz|zst)$/;

export const addInsteadOfCopy = defineRule({
  id: 'DF027',
  slug: 'add-instead-of-copy',
  title: 'ADD used to copy local files',
  severity: 'low',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'ADD also fetches URLs and unpacks archives. Used for plain files it hides that behaviour: a file that later ' +
    'turns into an archive is silently extracted into the image.',
  remediation: 'Use COPY for local files and folders; keep ADD for archives that should be extracted.',
  references: {
    hadolint: ['DL3020'],
    trivy: ['DS-0005'],
    cis: ['docker-1.6:4.9'],
  },
  messages: {
    useCopy: 'ADD {{source}} copies a local file or folder; use COPY',
  },
  *check(view) {
    for (const instruction of view.instructions) {
      if (instruction.keyword !== 'ADD') continue;
      const local = copySources(instruction).find(
        (source) => !isUrl(source) && !isGitSource(source) && !archive.test(source) && !hasVariable(source),
      );
      if (local !== undefined)
        yield violationAt(
          'useCopy',
          { source: local },
          instruction.range,
          instructionPath(view, instruction),
        );
    }
  },
});
