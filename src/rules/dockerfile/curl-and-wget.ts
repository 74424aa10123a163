import { defineRule } from '../define-rule.js';
import { runInstructions } from './dockerfile-utils/run-commands.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const curlAndWget = defineRule({
  id: 'DF038',
  slug: 'curl-and-wget',
  title: 'Both curl and wget in one stage',
  severity: 'info',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'Two download tools doing the same job means two packages to install, patch and keep out of the final image.',
  remediation: 'Pick one of curl and wget for the whole stage.',
  references: {
    hadolint: ['DL4001'],
    trivy: ['DS-0014'],
  },
  messages: {
    both: 'this stage uses both curl and wget; pick one',
  },
  *check(view) {
    const seenByStage = new Map<number, Set<string>>();
    for (const run of runInstructions(view)) {
      const seen = seenByStage.get(run.stage.index) ?? new Set<string>();
      seenByStage.set(run.stage.index, seen);
      const tools = run.commands.filter((command) => command.name === 'curl' || command.name === 'wget');
      for (const tool of tools) seen.add(tool.name);
      const first = tools[0];
      if (first !== undefined && seen.size === 2) yield violationAt('both', {}, first.range, first.path);
    }
  },
});
