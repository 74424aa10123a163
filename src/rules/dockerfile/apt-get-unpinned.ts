import { defineRule } from '../define-rule.js';
import { aptGetInstallPackages } from './dockerfile-utils/package-managers.js';
import { runCommands } from './dockerfile-utils/run-commands.js';
import { hasVariable } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

/** `pkg=1.2`, a release selection `pkg/bookworm-backports`, or a local `.deb` file. */
function isPinned(name: string): boolean {
  return name.includes('=') || name.includes('/') || name.endsWith('.deb');
}

export const aptGetUnpinned = defineRule({
  id: 'DF019',
  slug: 'apt-get-unpinned',
  title: 'apt-get install without pinned versions',
  severity: 'low',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'Unpinned packages install whatever version the mirror has at build time, so rebuilds silently change the ' +
    'image and a broken or compromised update goes in without review.',
  remediation: 'Pin each package: `apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u7`.',
  references: {
    hadolint: ['DL3008'],
  },
  messages: {
    unpinned: 'apt-get install does not pin {{packages}}; write package=version',
  },
  *check(view) {
    for (const command of runCommands(view)) {
      const packages = aptGetInstallPackages(command);
      const unpinned = (packages ?? []).filter((name) => !isPinned(name) && !hasVariable(name));
      if (unpinned.length > 0)
        yield violationAt('unpinned', { packages: unpinned.join(', ') }, command.range, command.path);
    }
  },
});
