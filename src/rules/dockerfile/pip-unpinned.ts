import { defineRule } from '../define-rule.js';
import { positionalArgs } from './dockerfile-utils/command-args.js';
import { pipInstallArgs } from './dockerfile-utils/package-managers.js';
import { runCommands } from './dockerfile-utils/run-commands.js';
import { hasVariable } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

/** pip install options whose value is written apart and is not a package. */
const pipValueOptions = [
  '-b',
  '--build',
  '-e',
  '--editable',
  '--extra-index-url',
  '-f',
  '--find-links',
  '-i',
  '--index-url',
  '--implementation',
  '--no-binary',
  '--only-binary',
  '--platform',
  '--prefix',
  '--progress-bar',
  '--proxy',
  '--python-version',
  '--root',
  '--src',
  '-t',
  '--target',
  '--trusted-host',
  '--upgrade-strategy',
  '--abi',
  '--cache-dir',
  '--log',
];
const versionOperators = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];
const vcsScheme = /^(?:git|hg|svn|bzr)(?:\+[a-z]+)?(?::|\+)/;

function isPinned(requirement: string): boolean {
  if (versionOperators.some((operator) => requirement.includes(operator))) return true;
  if (vcsScheme.test(requirement)) return requirement.includes('@');
  return requirement.endsWith('.whl') || requirement.endsWith('.tar.gz') || requirement.includes('/');
}

/** Requirement and constraint files, and the local project, carry their own pins. */
function usesFiles(args: readonly string[]): boolean {
  return args.some((arg) => /^(?:-r|--requirement|-c|--constraint)(?:=|$)|^-[rc]\S/.test(arg) || arg === '.');
}

export const pipUnpinned = defineRule({
  id: 'DF021',
  slug: 'pip-unpinned',
  title: 'pip install without pinned versions',
  severity: 'low',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'Unpinned requirements resolve to the newest release at build time: rebuilds change the image, and a ' +
    'malicious or broken release is installed without anyone choosing it.',
  remediation:
    'Pin each requirement (`pip install requests==2.32.3`) or install from a requirements or constraints file ' +
    'with pinned versions, ideally with hashes (`--require-hashes`).',
  references: {
    hadolint: ['DL3013'],
  },
  messages: {
    unpinned: 'pip install does not pin {{packages}}; write package==version or use a requirements file',
  },
  *check(view) {
    for (const command of runCommands(view)) {
      const args = pipInstallArgs(command);
      if (args === undefined || usesFiles(args)) continue;
      const unpinned = positionalArgs(args, pipValueOptions).filter(
        (name) => !isPinned(name) && !hasVariable(name),
      );
      if (unpinned.length > 0)
        yield violationAt('unpinned', { packages: unpinned.join(', ') }, command.range, command.path);
    }
  },
});
