import { defineRule } from '../define-rule.js';
import type { RunCommand } from './dockerfile-utils/run-commands.js';
import { runInstructions } from './dockerfile-utils/run-commands.js';
import { basename } from './dockerfile-utils/shell-wrappers.js';
import { violationAt } from './dockerfile-utils/violation.js';

const pipefailShells = new Set(['bash', 'zsh', 'ash']);

/** `-o pipefail`, also inside a cluster such as `-euo pipefail`. */
function setsPipefail(args: readonly string[]): boolean {
  return args.some((arg, index) => /^-[A-Za-z]*o$/.test(arg) && args[index + 1] === 'pipefail');
}

function shellHasPipefail(shell: readonly string[]): boolean {
  return pipefailShells.has(basename(shell[0] ?? '')) && setsPipefail(shell.slice(1));
}

/** The first top-level pipe not preceded by `set -o pipefail` in the same script. */
function unguardedPipe(commands: readonly RunCommand[]): RunCommand | undefined {
  for (const command of commands) {
    if (command.depth > 0) continue;
    if (command.name === 'set' && setsPipefail(command.args)) return undefined;
    if (command.pipeLength > 1 && command.pipePosition === 0) return command;
  }
  return undefined;
}

export const pipeWithoutPipefail = defineRule({
  id: 'DF041',
  slug: 'pipe-without-pipefail',
  title: 'Pipe without pipefail',
  severity: 'low',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'A RUN succeeds when the last command of a pipe succeeds: with `wget -O- url | tar x` a failed download still ' +
    'passes the step and the image is built without the files.',
  remediation:
    'Set the shell first: `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (or `/bin/ash` on Alpine), or start the ' +
    'RUN with `set -o pipefail &&`.',
  references: {
    hadolint: ['DL4006'],
    trivy: ['DS-0032'],
  },
  messages: {
    pipe: 'RUN pipes {{first}} into {{second}} without pipefail; a failure before the last command goes unnoticed',
  },
  *check(view) {
    for (const run of runInstructions(view)) {
      if (!run.posix || run.instruction.json !== undefined || shellHasPipefail(run.shell)) continue;
      const first = unguardedPipe(run.commands);
      if (first === undefined) continue;
      const second = run.commands.find(
        (command) => command.pipeline === first.pipeline && command.pipePosition === 1,
      );
      yield violationAt('pipe', { first: first.name, second: second?.name ?? '' }, first.range, first.path);
    }
  },
});
