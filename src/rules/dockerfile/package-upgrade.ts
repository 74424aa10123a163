import { defineRule } from '../define-rule.js';
import { packageAction } from './dockerfile-utils/package-managers.js';
import { runCommands } from './dockerfile-utils/run-commands.js';
import { violationAt } from './dockerfile-utils/violation.js';

export const packageUpgrade = defineRule({
  id: 'DF009',
  slug: 'package-upgrade',
  title: 'Upgrade of every installed package',
  severity: 'low',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    '`apt-get upgrade`, `apk upgrade` and friends pull whatever versions the mirror has that day: two builds of the ' +
    'same Dockerfile differ, and a dist-upgrade can move the image to a new release behind the base image tag.',
  remediation:
    'Rebuild on a newer, patched base image (pinned by tag or digest) instead, and install or upgrade only the ' +
    'named packages you need, with pinned versions.',
  references: {
    hadolint: ['DL3005', 'DL3035'],
    trivy: ['DS-0024'],
  },
  messages: {
    upgrade: '{{command}} upgrades every installed package; the image stops being reproducible',
  },
  *check(view) {
    for (const command of runCommands(view)) {
      const action = packageAction(command);
      if (action?.kind !== 'upgrade-all') continue;
      yield violationAt(
        'upgrade',
        { command: `${command.name} ${action.subcommand}` },
        command.range,
        command.path,
      );
    }
  },
});
