import { defineRule } from '../define-rule.js';
import { hasVariable, instructionPath, stageNamed } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

/** `--from` also accepts an image reference; a registry, tag or digest marks one. */
function looksLikeImage(name: string): boolean {
  return /[:/@.]/.test(name);
}

export const copyFromUnknownStage = defineRule({
  id: 'DF028',
  slug: 'copy-from-unknown-stage',
  title: 'COPY --from names no earlier stage',
  severity: 'low',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'A `--from` name that matches no earlier stage is pulled as an image of that name from a registry: a typo in a ' +
    'stage name silently copies files from whatever image someone published under it.',
  remediation:
    'Reference a stage defined earlier (`FROM … AS build`, then `COPY --from=build`), or a fully qualified, ' +
    'pinned image (`COPY --from=docker.io/library/nginx:1.27 …`).',
  references: {
    hadolint: ['DL3022'],
    trivy: ['DS-0018'],
  },
  messages: {
    unknown: 'COPY --from={{from}} names no earlier stage',
  },
  *check(view) {
    for (const stage of view.stages) {
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'COPY') continue;
        const flag = instruction.flags.find((each) => each.name === 'from');
        const from = flag?.value ?? '';
        if (flag === undefined || from === '' || hasVariable(from) || looksLikeImage(from)) continue;
        if (stageNamed(view, from, stage.index) !== undefined) continue;
        // Naming the current stage is its own mistake, reported by copy-from-own-stage.
        if (from.toLowerCase() === stage.from.alias?.toLowerCase() || from === String(stage.index)) continue;
        yield violationAt('unknown', { from }, flag.range, [
          ...instructionPath(view, instruction),
          'flags',
          'from',
        ]);
      }
    }
  },
});
