import { defineRule } from '../define-rule.js';
import { packageAction } from './dockerfile-utils/package-managers.js';
import { runInstructions } from './dockerfile-utils/run-commands.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const updateWithoutInstall = defineRule({
  id: 'DF010',
  slug: 'update-without-install',
  title: 'Package index update without an install in the same RUN',
  severity: 'medium',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'A RUN that only refreshes the package index is cached as its own layer. Later builds reuse that stale ' +
    'index while the install step changes, so packages come from an old index or fail to download.',
  remediation:
    'Refresh and install in one RUN: `RUN apt-get update && apt-get install -y --no-install-recommends <pkg>=<ver> ' +
    '&& rm -rf /var/lib/apt/lists/*` (or `apk add --no-cache`, which needs no separate update).',
  references: {
    cis: ['docker-1.6:4.7'],
    trivy: ['DS-0017'],
  },
  messages: {
    alone: '{{command}} has no install after it in the same RUN; the cached index goes stale',
  },
  *check(view) {
    for (const run of runInstructions(view)) {
      const actions = run.commands.map((command) => packageAction(command));
      for (const [index, command] of run.commands.entries()) {
        const action = actions[index];
        if (action?.kind !== 'refresh') continue;
        const installs = actions
          .slice(index + 1)
          .some(
            (later) =>
              later?.family === action.family && (later.kind === 'install' || later.kind === 'upgrade-all'),
          );
        if (!installs)
          yield violationAt(
            'alone',
            { command: `${command.name} ${action.subcommand}` },
            command.range,
            command.path,
          );
      }
    }
  },
});
