import { defineRule } from '../define-rule.js';
import { apkAddPackages } from './dockerfile-utils/package-managers.js';
import { runCommands } from './dockerfile-utils/run-commands.js';
import { hasVariable } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

function isPinned(name: string): boolean {
  return name.includes('=') || name.includes('~') || name.endsWith('.apk');
}

export const apkUnpinned = defineRule({
  id: 'DF025',
  slug: 'apk-unpinned',
  title: 'apk add without pinned versions',
  severity: 'low',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'Unpinned packages take whatever the Alpine mirror has at build time, so rebuilds silently change the image ' +
    'and updates arrive without review.',
  remediation:
    'Pin each package: `apk add --no-cache curl=8.9.1-r0` (or `curl~8.9` to follow patch releases).',
  references: {
    hadolint: ['DL3018'],
  },
  messages: {
    unpinned: 'apk add does not pin {{packages}}; write package=version',
  },
  *check(view) {
    for (const command of runCommands(view)) {
      const unpinned = (apkAddPackages(command) ?? []).filter(
        (name) => !isPinned(name) && !hasVariable(name),
      );
      if (unpinned.length > 0)
        yield violationAt('unpinned', { packages: unpinned.join(', ') }, command.range, command.path);
    }
  },
});
