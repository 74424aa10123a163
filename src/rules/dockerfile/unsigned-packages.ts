import { defineRule } from '../define-rule.js';
import type { RunCommand } from './dockerfile-utils/run-commands.js';
import { runCommands } from './dockerfile-utils/run-commands.js';
import { violationAt } from './dockerfile-utils/violation.js';

/** Options that install without checking signatures, by the program they belong to. */
const unsignedOptions: Readonly<Record<string, readonly string[]>> = {
  'apt-get': ['--allow-unauthenticated', '--force-yes', '--allow-insecure-repositories'],
  apt: ['--allow-unauthenticated', '--allow-insecure-repositories'],
  aptitude: ['--allow-untrusted'],
  apk: ['--allow-untrusted'],
  yum: ['--nogpgcheck'],
  dnf: ['--nogpgcheck', '--no-gpgchecks'],
  dnf5: ['--no-gpgchecks', '--nogpgcheck'],
  microdnf: ['--nogpgcheck'],
  tdnf: ['--nogpgcheck'],
  zypper: ['--no-gpg-checks', '--no-gpgcheck'],
  rpm: ['--nosignature', '--nodigest', '--nogpgcheck'],
};

interface TextCheck {
  pattern: RegExp;
  what: string;
}

/** Settings written as option values or into configuration files (`echo … >> /etc/yum.conf`). */
const textChecks: readonly TextCheck[] = [
  { pattern: /(?:^|[^_\w])gpgcheck\s*=\s*["']?(?:0|false|no|off)\b/i, what: 'gpgcheck=0' },
  {
    pattern: /AllowUnauthenticated\s*(?:=\s*|\s+)["']?(?:true|1|yes)\b/i,
    what: 'APT::Get::AllowUnauthenticated',
  },
  {
    pattern: /AllowInsecureRepositories\s*(?:=\s*|\s+)["']?(?:true|1|yes)\b/i,
    what: 'Acquire::AllowInsecureRepositories',
  },
  { pattern: /\[[^\]]*\btrusted=yes\b[^\]]*\]/, what: 'an apt source marked [trusted=yes]' },
];

/**
 * Every text check needs one of these fragments, none of which holds a blank, so a command whose words all lack
 * them cannot match and its text need not be built and searched.
 */
const checkFragment = /gpgcheck|allowunauthenticated|allowinsecurerepositories|trusted=yes/i;

function hasCheckFragment(command: RunCommand): boolean {
  if (checkFragment.test(command.program)) return true;
  for (const arg of command.args) if (checkFragment.test(arg)) return true;
  return false;
}

function unsignedSetting(command: RunCommand): string | undefined {
  const options = unsignedOptions[command.name] ?? [];
  const option = command.args.find((arg) => options.includes(arg));
  if (option !== undefined) return `${command.name} ${option}`;
  if (!hasCheckFragment(command)) return undefined;
  const text = [command.program, ...command.args.filter((arg) => arg !== command.inlineScript)].join(' ');
  return textChecks.find((check) => check.pattern.test(text))?.what;
}

export const unsignedPackages = defineRule({
  id: 'DF007',
  slug: 'unsigned-packages',
  title: 'Package signature checks disabled',
  severity: 'high',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'Package managers verify signatures so that a mirror, proxy or attacker on the network cannot swap in ' +
    'modified packages. Turning the check off installs whatever arrives, as root, into the image.',
  remediation:
    'Remove the option or setting and import the repository signing key instead (`signed-by=` keyring for apt, ' +
    '`rpm --import` for rpm-based images, the key under `/etc/apk/keys` for apk).',
  references: {
    cis: ['docker-1.6:4.11'],
  },
  messages: {
    unsigned: '{{what}} installs packages without checking their signatures',
  },
  *check(view) {
    for (const command of runCommands(view)) {
      const what = unsignedSetting(command);
      if (what !== undefined) yield violationAt('unsigned', { what }, command.range, command.path);
    }
  },
});
