import { defineRule } from '../define-rule.js';
import { instructionPath } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const duplicateStageName = defineRule({
  id: 'DF030',
  slug: 'duplicate-stage-name',
  title: 'Duplicate stage name',
  severity: 'medium',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'Stage names are case-insensitive and must be unique; with a duplicate, `COPY --from` and `--target` ' +
    'silently pick one of the stages and the build uses files from the wrong one.',
  remediation: 'Give every stage its own name.',
  references: {
    hadolint: ['DL3024'],
    trivy: ['DS-0012'],
  },
  messages: {
    duplicate: 'stage name {{name}} is already used on line {{line}}',
  },
  *check(view) {
    const seen = new Map<string, number>();
    for (const stage of view.stages) {
      const alias = stage.from.alias;
      if (alias === undefined) continue;
      const key = alias.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, stage.fromInstruction.range.startLine);
        continue;
      }
      const instruction = stage.fromInstruction;
      yield violationAt(
        'duplicate',
        { name: alias, line: first },
        instruction.range,
        instructionPath(view, instruction),
      );
    }
  },
});
