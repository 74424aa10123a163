import type { Range } from '../../core/index.js';
import { defineRule } from '../define-rule.js';
import { positionalArgs } from './dockerfile-utils/command-args.js';
import type { RunCommand } from './dockerfile-utils/run-commands.js';
import { runInstructions } from './dockerfile-utils/run-commands.js';
import { isShellName } from './dockerfile-utils/shell-commands.js';
import { violationAt } from './dockerfile-utils/violation.js';

const downloaders = new Set(['curl', 'wget', 'fetch']);
const scriptInterpreter = /^(?:python[\d.]*|perl|ruby|node|php)$/;
/** Options that give an interpreter its code inline, so stdin is data rather than the program. */
const inlineCodeOptions = new Set(['-c', '-e', '-E', '-m', '-r', '--eval']);

function isInterpreter(name: string): boolean {
  return isShellName(name) || scriptInterpreter.test(name);
}

/** `sh`, `bash -s -- args`, `python3 -`: the program is read from standard input. */
function readsProgramFromStdin(command: RunCommand): boolean {
  if (isShellName(command.name)) {
    if (command.inlineScript !== undefined) return false;
    if (command.args.some((arg) => /^-[A-Za-z]*s[A-Za-z]*$/.test(arg))) return true;
    const positional = positionalArgs(command.args, ['-o', '+o', '-O', '+O']);
    return positional.length === 0 || positional[0] === '-' || positional[0] === '/dev/stdin';
  }
  if (!scriptInterpreter.test(command.name)) return false;
  if (command.args.some((arg) => inlineCodeOptions.has(arg))) return false;
  const positional = command.args.filter((arg) => !arg.startsWith('-') || arg === '-');
  return positional.length === 0 || positional[0] === '-' || positional[0] === '/dev/stdin';
}

/** The downloader whose output this command executes through a substitution, if any. */
function executedSubstitution(command: RunCommand): string | undefined {
  const downloader = command.substitutions.find((name) => downloaders.has(name));
  if (downloader === undefined) return undefined;
  // `$(curl …)` as the program, `eval "$(curl …)"`, `. <(curl …)`, `bash <(curl …)`, `python3 -c "$(curl …)"`.
  if (/^(?:\$\(|`|<\()/.test(command.program)) return downloader;
  if (command.name === 'eval') return downloader;
  const processSubstitution = command.args.some((arg) => arg.startsWith('<('));
  if (
    (command.name === 'source' || command.name === '.' || isInterpreter(command.name)) &&
    processSubstitution
  )
    return downloader;
  const inlineCode = command.args.findIndex((arg) => inlineCodeOptions.has(arg));
  if (
    scriptInterpreter.test(command.name) &&
    inlineCode >= 0 &&
    (command.args[inlineCode + 1] ?? '').includes('$(')
  )
    return downloader;
  return undefined;
}

function spanning(from: Range, to: Range): Range {
  return {
    startLine: from.startLine,
    startColumn: from.startColumn,
    endLine: to.endLine,
    endColumn: to.endColumn,
  };
}

export const downloadPipedToShell = defineRule({
  id: 'DF005',
  slug: 'download-piped-to-shell',
  title: 'Downloaded script piped into a shell',
  severity: 'high',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    '`curl … | sh` runs whatever the server sends at build time, unverified and different from one build to the ' +
    'next. A compromised host or a man in the middle gets code execution inside the image build.',
  remediation:
    'Download the script to a file, verify its checksum or signature (`sha256sum -c`, `gpg --verify`), then run ' +
    'it; better, install a pinned package or copy a vetted artifact.',
  references: {
    urls: ['https://docs.docker.com/build/building/best-practices/#run'],
  },
  messages: {
    piped: '{{downloader}} output is piped into {{interpreter}}: the downloaded script runs unverified',
    substituted: '{{interpreter}} runs the output of {{downloader}} unverified',
  },
  *check(view) {
    for (const run of runInstructions(view)) {
      for (const command of run.commands) {
        const substituted = executedSubstitution(command);
        if (substituted !== undefined) {
          const data = { downloader: substituted, interpreter: command.name || command.program };
          yield violationAt('substituted', data, command.range, command.path);
          continue;
        }
        if (command.pipePosition === 0 || !readsProgramFromStdin(command)) continue;
        const source = run.commands.find(
          (other) =>
            other.pipeline === command.pipeline &&
            other.pipePosition < command.pipePosition &&
            downloaders.has(other.name),
        );
        if (source === undefined) continue;
        const data = { downloader: source.name, interpreter: command.name };
        yield violationAt('piped', data, spanning(source.range, command.range), command.path);
      }
    }
  },
});
