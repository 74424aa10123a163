import { defineRule } from '../define-rule.js';
import { instructionPath } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const latestBaseImage = defineRule({
  id: 'DF018',
  slug: 'latest-base-image',
  title: 'Base image tagged latest',
  severity: 'medium',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    '`latest` is not a version: it moves with every release, so two builds of the same Dockerfile can start from ' +
    'different images and a rebuild can pull in breaking changes or new vulnerabilities.',
  remediation: 'Pin a release tag (`node:20.15-bookworm-slim`) or a digest (`node@sha256:…`).',
  references: {
    hadolint: ['DL3007'],
    trivy: ['DS-0001'],
  },
  messages: {
    latest: 'FROM {{image}} uses the latest tag; pin a release tag or digest',
  },
  *check(view) {
    for (const stage of view.stages) {
      // A digest pins the image whatever the tag says.
      if (stage.from.tag !== 'latest' || stage.from.digest !== undefined) continue;
      const instruction = stage.fromInstruction;
      yield violationAt(
        'latest',
        { image: stage.from.image },
        instruction.range,
        instructionPath(view, instruction),
      );
    }
  },
});
