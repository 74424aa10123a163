import { defineRule } from '../define-rule.js';
import { finalStage, instructionPath, stageLineage, unquote } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

const rootUserPattern = /^(?:root|0)(?::.*)?$/;
/** Base images published to run as a non-root user (`distroless/static:nonroot`, `…-rootless`). */
const nonRootImage = /(?:^|[-_.:/])(?:nonroot|rootless)(?:$|[-_.:/])/i;

export const rootUser = defineRule({
  id: 'DF001',
  slug: 'root-user',
  title: 'Image runs as root',
  severity: 'high',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'The user of the final stage is the user the container starts as. Running as root turns any code-execution ' +
    'bug into root inside the container and one kernel or runtime flaw away from root on the host.',
  remediation:
    'Create an unprivileged user and end the final stage with `USER <name or uid>` (for example `USER 10001`). ' +
    'Builder stages may stay root: only the stage that ships is judged.',
  references: {
    hadolint: ['DL3002'],
    trivy: ['DS-0002'],
    cis: ['docker-1.6:4.1'],
    urls: ['https://docs.docker.com/reference/dockerfile/#user'],
  },
  messages: {
    rootUser: 'the final stage runs as {{user}}: the last USER is root',
    noUser: 'the final stage (FROM {{image}}) sets no USER, so the container runs as root',
  },
  *check(view) {
    const stage = finalStage(view);
    if (stage === undefined) return;
    const lineage = stageLineage(view, stage);
    for (const current of lineage) {
      const last = current.instructions.filter((instruction) => instruction.keyword === 'USER').at(-1);
      if (last === undefined) continue;
      const user = unquote(last.argsText);
      if (rootUserPattern.test(user))
        yield violationAt('rootUser', { user }, last.range, instructionPath(view, last));
      return;
    }
    const base = lineage.at(-1) ?? stage;
    if (nonRootImage.test(base.from.image)) return;
    const from = stage.fromInstruction;
    yield violationAt('noUser', { image: stage.from.image }, from.range, instructionPath(view, from));
  },
});
