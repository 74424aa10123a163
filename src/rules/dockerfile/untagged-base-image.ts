import { defineRule } from '../define-rule.js';
import { hasVariable, instructionPath } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const untaggedBaseImage = defineRule({
  id: 'DF017',
  slug: 'untagged-base-image',
  title: 'Base image without a tag',
  severity: 'medium',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'Without a tag the build takes `latest`, which moves: each build may start from a different image, with ' +
    'different packages and vulnerabilities, and nobody can tell which one shipped.',
  remediation:
    'Name a release tag (`debian:12.6`), and pin the digest for full reproducibility (`debian:12.6@sha256:…`).',
  references: {
    hadolint: ['DL3006'],
    trivy: ['DS-0001'],
  },
  messages: {
    untagged: 'FROM {{image}} names no tag, so it takes whatever latest is',
  },
  *check(view) {
    for (const stage of view.stages) {
      const { from } = stage;
      if (from.isScratch || from.isStageReference || from.tag !== undefined || from.digest !== undefined)
        continue;
      // An unresolved build argument can carry the tag (`FROM ${IMAGE}`).
      if (hasVariable(from.image) || from.image === '') continue;
      const instruction = stage.fromInstruction;
      yield violationAt(
        'untagged',
        { image: from.image },
        instruction.range,
        instructionPath(view, instruction),
      );
    }
  },
});
