import { defineRule } from '../define-rule.js';
import { finalStage, instructionPath, stageLineage } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const healthcheckMissing = defineRule({
  id: 'DF035',
  slug: 'healthcheck-missing',
  title: 'No HEALTHCHECK',
  severity: 'low',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  optIn: true,
  rationale:
    'Without a HEALTHCHECK, Docker and Compose only know whether the process runs, not whether it still serves; ' +
    'a hung container stays in rotation. Orchestrators with their own probes (Kubernetes) do not use it.',
  remediation: 'Add a check to the final stage: `HEALTHCHECK --interval=30s CMD ["/app/healthcheck"]`.',
  references: {
    hadolint: ['DL3057'],
    trivy: ['DS-0026'],
    cis: ['docker-1.6:4.6'],
  },
  messages: {
    missing: 'the final stage (FROM {{image}}) defines no HEALTHCHECK',
  },
  *check(view) {
    const stage = finalStage(view);
    if (stage === undefined) return;
    const lineage = stageLineage(view, stage);
    if (
      lineage.some((each) => each.instructions.some((instruction) => instruction.keyword === 'HEALTHCHECK'))
    )
      return;
    const from = stage.fromInstruction;
    yield violationAt('missing', { image: stage.from.image }, from.range, instructionPath(view, from));
  },
});
