import { defineRule } from '../define-rule.js';
import { optionValues, positionalArgs } from './dockerfile-utils/command-args.js';
import { flagValue } from './dockerfile-utils/copy-sources.js';
import type { RunCommand } from './dockerfile-utils/run-commands.js';
import { runCommands } from './dockerfile-utils/run-commands.js';
import { instructionPath } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

/**
 * True when the mode gives write permission to other users. A set sticky bit (`1777`, the mode of /tmp) is the
 * accepted way to share a directory and is left alone; symbolic modes without a `who` follow the umask and are too.
 */
export function isWorldWritable(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const others = Number(mode.at(-1));
    const sticky = mode.length === 4 && (Number(mode[0]) & 1) === 1;
    return (others & 2) === 2 && !sticky;
  }
  for (const clause of mode.split(',')) {
    const groups = /^(?<who>[ugoa]*)(?<op>[-+=])(?<perms>[rwxXst]*)$/.exec(clause)?.groups;
    if (groups === undefined) continue;
    const who = groups['who'] ?? '';
    if (
      (who.includes('o') || who.includes('a')) &&
      groups['op'] !== '-' &&
      (groups['perms'] ?? '').includes('w')
    )
      return true;
  }
  return false;
}

/** The mode a command applies and the paths it applies it to. */
function modeOf(command: RunCommand): { mode: string; targets: string[] } | undefined {
  if (command.name === 'chmod') {
    const positional = positionalArgs(command.args.filter((arg) => !/^--reference/.test(arg)));
    const [mode, ...targets] = positional;
    return mode === undefined ? undefined : { mode, targets };
  }
  if (command.name === 'mkdir' || command.name === 'install') {
    const mode = optionValues(command.args, '-m', '--mode').at(-1);
    const targets = positionalArgs(command.args, ['-m', '--mode', '-o', '-g', '--owner', '--group', '-t']);
    return mode === undefined ? undefined : { mode, targets };
  }
  return undefined;
}

export const worldWritablePermissions = defineRule({
  id: 'DF012',
  slug: 'world-writable-permissions',
  title: 'World-writable permissions',
  severity: 'medium',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'A file or directory every user can write lets any process in the container, whatever its user, replace ' +
    'programs, configuration or data the application trusts.',
  remediation:
    'Give ownership to the user that needs to write (`chown`, `COPY --chown`) and use modes such as 755 or 750 ' +
    'for directories and 644 or 640 for files; use 1777 (sticky) only for shared scratch directories.',
  references: {
    urls: ['https://docs.docker.com/reference/dockerfile/#copy---chown---chmod'],
  },
  messages: {
    command: '{{command}} {{mode}} makes {{target}} writable by every user',
    copyFlag: '{{keyword}} --chmod={{mode}} makes the copied files writable by every user',
  },
  *check(view) {
    for (const instruction of view.instructions) {
      if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') continue;
      const mode = flagValue(instruction, 'chmod');
      if (mode === undefined || !isWorldWritable(mode)) continue;
      const flag = instruction.flags.find((each) => each.name === 'chmod');
      const data = { keyword: instruction.keyword, mode };
      yield violationAt('copyFlag', data, flag?.range ?? instruction.range, [
        ...instructionPath(view, instruction),
        'flags',
        'chmod',
      ]);
    }
    for (const command of runCommands(view)) {
      const applied = modeOf(command);
      if (applied === undefined || !isWorldWritable(applied.mode)) continue;
      const data = {
        command: command.name,
        mode: applied.mode,
        target: applied.targets.join(' ') || 'the target',
      };
      yield violationAt('command', data, command.range, command.path);
    }
  },
});
