import { defineRule } from '../define-rule.js';
import { instructionPath } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const copyFromOwnStage = defineRule({
  id: 'DF029',
  slug: 'copy-from-own-stage',
  title: 'COPY --from names its own stage',
  severity: 'medium',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'A stage cannot copy from itself: the build fails, or, where the name also exists as an image, copies from ' +
    'that image instead of the files the author meant.',
  remediation: 'Point `--from` at the earlier stage that produces the files.',
  references: {
    hadolint: ['DL3023'],
    trivy: ['DS-0006'],
  },
  messages: {
    ownStage: 'COPY --from={{from}} names the stage it is in',
  },
  *check(view) {
    for (const stage of view.stages) {
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'COPY') continue;
        const flag = instruction.flags.find((each) => each.name === 'from');
        const from = flag?.value ?? '';
        if (flag === undefined) continue;
        if (from.toLowerCase() !== stage.from.alias?.toLowerCase() && from !== String(stage.index)) continue;
        yield violationAt('ownStage', { from }, flag.range, [
          ...instructionPath(view, instruction),
          'flags',
          'from',
        ]);
      }
    }
  },
});
