import type { ShellCommand } from '../../dockerfile/dockerfile-utils/shell-commands.js';
import { isShellName, splitShellCommands } from '../../dockerfile/dockerfile-utils/shell-commands.js';

const downloaders = new Set(['curl', 'wget', 'fetch']);
const scriptInterpreter = /^(?:python[\d.]*|perl|ruby|node|php)$/;
/** Options that give an interpreter its program inline, so standard input is data. */
const inlineCodeOptions = new Set(['-c', '-e', '-E', '-m', '-r', '--eval']);

function isInterpreter(name: string): boolean {
  return isShellName(name) || scriptInterpreter.test(name);
}

/** `sh`, `bash -s -- args`, `python3 -`: the program comes from standard input. */
function readsProgramFromStdin(command: ShellCommand): boolean {
  if (isShellName(command.name)) {
    if (command.inlineScript !== undefined) return false;
    if (command.args.some((arg) => /^-[A-Za-z]*s[A-Za-z]*$/.test(arg))) return true;
  } else if (!scriptInterpreter.test(command.name)) return false;
  if (command.args.some((arg) => inlineCodeOptions.has(arg))) return false;
  const positional = command.args.filter((arg) => !arg.startsWith('-') || arg === '-');
  return positional.length === 0 || positional[0] === '-' || positional[0] === '/dev/stdin';
}

/** `$(curl …)` run as the program, through `eval`, or an interpreter reading `<(curl …)`. */
function runsSubstitution(command: ShellCommand): boolean {
  if (/^(?:\$\(|`|<\()/.test(command.program) || command.name === 'eval') return true;
  const reader = command.name === 'source' || command.name === '.' || isInterpreter(command.name);
  return reader && command.args.some((arg) => arg.startsWith('<('));
}

export interface RemoteScript {
  downloader: string;
  interpreter: string;
}

/** The first place a RUN script executes what it downloads unverified (`curl … | sh`, `sh -c "$(curl …)"`). */
export function downloadedAndRun(script: string): RemoteScript | undefined {
  const commands = splitShellCommands(script);
  for (const command of commands) {
    const substituted = command.substitutions.find((name) => downloaders.has(name));
    if (substituted !== undefined && runsSubstitution(command)) {
      // `sh -c "$(curl …)"` lists the substitution as its own command; the shell around it runs the result.
      const interpreter = /^(?:\$\(|`)/.test(command.program) ? 'the shell' : command.name;
      return { downloader: substituted, interpreter };
    }
    if (command.pipePosition === 0 || !readsProgramFromStdin(command)) continue;
    const source = commands.find(
      (other) =>
        other.pipeline === command.pipeline &&
        other.pipePosition < command.pipePosition &&
        downloaders.has(other.name),
    );
    if (source !== undefined) return { downloader: source.name, interpreter: command.name };
  }
  return undefined;
}
