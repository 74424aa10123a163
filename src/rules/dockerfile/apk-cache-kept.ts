import { defineRule } from '../define-rule.js';
import { hasOption } from './dockerfile-utils/command-args.js';
import { apkAddPackages } from './dockerfile-utils/package-managers.js';
import type { RunInstruction } from './dockerfile-utils/run-commands.js';
import { hasCacheMount, runInstructions } from './dockerfile-utils/run-commands.js';
import { violationAt } from './dockerfile-utils/violation.js';

const cacheDirectory = '/var/cache/apk';

function removesCache(run: RunInstruction): boolean {
  return run.commands.some(
    (command) => command.name === 'rm' && command.args.some((arg) => arg.startsWith(cacheDirectory)),
  );
}

export const apkCacheKept = defineRule({
  id: 'DF026',
  slug: 'apk-cache-kept',
  title: 'apk add without --no-cache',
  severity: 'info',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'Without `--no-cache` apk keeps the package index in /var/cache/apk, adding size and a stale index to the layer.',
  remediation: 'Use `apk add --no-cache <package>`; it also makes a separate `apk update` unnecessary.',
  references: {
    hadolint: ['DL3019'],
    trivy: ['DS-0025'],
  },
  messages: {
    cacheKept: 'apk add without --no-cache leaves the package index in the layer',
  },
  *check(view) {
    for (const run of runInstructions(view)) {
      if (hasCacheMount(run, cacheDirectory) || removesCache(run)) continue;
      for (const command of run.commands) {
        if (apkAddPackages(command) !== undefined && !hasOption(command, 'no-cache'))
          yield violationAt('cacheKept', {}, command.range, command.path);
      }
    }
  },
});
