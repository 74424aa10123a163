import { defineRule } from '../define-rule.js';
import { positionalArgs } from './dockerfile-utils/command-args.js';
import { npmInstallArgs } from './dockerfile-utils/package-managers.js';
import { runCommands } from './dockerfile-utils/run-commands.js';
import { hasVariable } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

const npmValueOptions = ['--prefix', '--registry', '--cache', '--tag', '-w', '--workspace', '--userconfig'];

/** `name@version`, `@scope/name@tag`, a git URL with `#ref`, a tarball or a local folder. */
function isPinned(spec: string): boolean {
  if (/^git(?:\+(?:ssh|https?))?:\/\//.test(spec)) return spec.includes('#');
  if (/\.(?:tar|tar\.gz|tgz)$/.test(spec)) return true;
  if (/^(?:\/|\.\/|\.\.\/|~\/)/.test(spec)) return true;
  const unscoped = spec.startsWith('@') ? spec.slice(spec.indexOf('/') + 1) : spec;
  return unscoped.includes('@');
}

export const npmUnpinned = defineRule({
  id: 'DF024',
  slug: 'npm-unpinned',
  title: 'npm install without pinned versions',
  severity: 'low',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'A package named without a version installs the newest release at build time, so rebuilds change the image ' +
    'and a hijacked release goes in unreviewed.',
  remediation:
    'Name the version (`npm install -g typescript@5.5.4`), or install the project with `npm ci` from a committed ' +
    'package-lock.json.',
  references: {
    hadolint: ['DL3016'],
  },
  messages: {
    unpinned: 'npm install does not pin {{packages}}; write package@version',
  },
  *check(view) {
    for (const command of runCommands(view)) {
      const args = npmInstallArgs(command);
      if (args === undefined) continue;
      const unpinned = positionalArgs(args, npmValueOptions).filter(
        (spec) => !isPinned(spec) && !hasVariable(spec),
      );
      if (unpinned.length > 0)
        yield violationAt('unpinned', { packages: unpinned.join(', ') }, command.range, command.path);
    }
  },
});
