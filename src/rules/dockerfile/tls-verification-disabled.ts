import type { PropertyView } from '../../sources/index.js';
import { defineRule } from '../define-rule.js';
import { shortOptions } from './dockerfile-utils/command-args.js';
import type { RunCommand } from './dockerfile-utils/run-commands.js';
import { runCommands } from './dockerfile-utils/run-commands.js';
import { hasVariable, instructionPath } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

/** curl short options that take a value; letters after one of them in a cluster belong to that value. */
const curlValueLetters = 'AbcCdDeEFHKmoPQrTtuUwxXyYz';

interface TextCheck {
  pattern: RegExp;
  what: string;
}

/** Settings recognised in a command's words, wherever they are written (flags, `git config`, `echo … >> conf`). */
const textChecks: readonly TextCheck[] = [
  { pattern: /--no-check-certificate\b/, what: 'wget --no-check-certificate' },
  {
    pattern: /\bhttp\.(?:\S+\.)?sslverify\s*(?:=\s*|\s+)["']?(?:false|0|no|off)\b/i,
    what: 'git http.sslVerify=false',
  },
  { pattern: /\bGIT_SSL_NO_VERIFY\s*=\s*["']?(?:1|true|yes|on)\b/i, what: 'GIT_SSL_NO_VERIFY' },
  { pattern: /\bNODE_TLS_REJECT_UNAUTHORIZED\s*=\s*["']?0\b/, what: 'NODE_TLS_REJECT_UNAUTHORIZED=0' },
  { pattern: /\bPYTHONHTTPSVERIFY\s*=\s*["']?0\b/, what: 'PYTHONHTTPSVERIFY=0' },
  { pattern: /(?:^|[\s._-])trusted[-_]host\b/i, what: 'pip trusted-host' },
  { pattern: /\bstrict[-_]ssl\s*(?:=\s*|\s+)["']?false\b/i, what: 'npm strict-ssl false' },
  { pattern: /\bssl_verify\s*(?:=\s*|\s+)["']?(?:false|no|0)\b/i, what: 'conda ssl_verify false' },
  { pattern: /\bsslverify\s*=\s*["']?(?:0|false|no|off)\b/i, what: 'yum/dnf sslverify=0' },
  { pattern: /Verify-(?:Peer|Host)\s*(?:=\s*|\s+)["']?(?:false|0|no)\b/i, what: 'apt Verify-Peer false' },
];

function curlInsecure(command: RunCommand): boolean {
  if (command.name !== 'curl') return false;
  return command.args.some(
    (arg) =>
      arg === '--insecure' || arg === '--proxy-insecure' || shortOptions(arg, curlValueLetters).includes('k'),
  );
}

/**
 * Every text check needs one of these fragments, none of which holds a blank, so a command whose words all lack
 * them cannot match and its text need not be built and searched ten times.
 */
const checkFragment =
  /no-check-certificate|sslverify|ssl_no_verify|tls_reject_unauthorized|httpsverify|trusted[-_]host|strict[-_]ssl|ssl_verify|verify-(?:peer|host)/i;

function hasCheckFragment(command: RunCommand): boolean {
  if (checkFragment.test(command.program)) return true;
  for (const arg of command.args) if (checkFragment.test(arg)) return true;
  for (const assignment of command.assignments) if (checkFragment.test(assignment)) return true;
  return false;
}

function commandSetting(command: RunCommand): string | undefined {
  if (curlInsecure(command)) return 'curl --insecure';
  if (!hasCheckFragment(command)) return undefined;
  // The -c script of a shell is read again as nested commands.
  const words = [
    command.program,
    ...command.args.filter((arg) => arg !== command.inlineScript),
    ...command.assignments,
  ];
  const text = words.join(' ');
  return textChecks.find((check) => check.pattern.test(text))?.what;
}

/** ENV and ARG defaults that switch verification off for every later RUN (and, for ENV, at run time too). */
function propertySetting(property: PropertyView): boolean {
  const value = property.value?.trim() ?? '';
  if (value === '' || hasVariable(value)) return false;
  switch (property.name.toUpperCase()) {
    case 'NODE_TLS_REJECT_UNAUTHORIZED':
    case 'PYTHONHTTPSVERIFY':
      return value === '0';
    case 'GIT_SSL_NO_VERIFY':
      return !/^(?:0|false|no|off)$/i.test(value);
    case 'PIP_TRUSTED_HOST':
      return true;
    case 'NPM_CONFIG_STRICT_SSL':
      return /^(?:false|0|no)$/i.test(value);
    default:
      return false;
  }
}

export const tlsVerificationDisabled = defineRule({
  id: 'DF006',
  slug: 'tls-verification-disabled',
  title: 'TLS certificate verification disabled',
  severity: 'high',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'Without certificate checks anyone on the network path can impersonate the package index or download host ' +
    'and feed the build, or the running container, whatever they like.',
  remediation:
    'Remove the insecure option or setting. When a private CA is the reason, add its certificate to the trust ' +
    'store (`update-ca-certificates`, `NODE_EXTRA_CA_CERTS`, `PIP_CERT`, `git config http.sslCAInfo`).',
  references: {
    mitre: ['T1557'],
  },
  messages: {
    disabledInRun: '{{what}} turns off TLS certificate verification',
    disabledByVariable: '{{keyword}} {{name}}={{value}} turns off TLS certificate verification',
  },
  *check(view) {
    for (const instruction of view.instructions) {
      if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue;
      const path = instructionPath(view, instruction);
      for (const [index, property] of instruction.properties.entries()) {
        if (!propertySetting(property)) continue;
        const data = { keyword: instruction.keyword, name: property.name, value: property.value ?? '' };
        yield violationAt('disabledByVariable', data, property.range, [...path, 'properties', index]);
      }
    }
    for (const command of runCommands(view)) {
      const what = commandSetting(command);
      if (what !== undefined) yield violationAt('disabledInRun', { what }, command.range, command.path);
    }
  },
});
