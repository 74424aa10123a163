import type { Command } from 'commander';
import { Option } from 'commander';
import { complianceOptionHelp } from './compliance-option.js';

/** For repeatable options: each use adds to the list. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export interface ReportOptionChoices {
  /** The formats the command writes, for the help text (`table | json | sarif`). */
  formats: string;
  /** Whether `--rule` also turns on opt-in rules (commands that run the scan rules). */
  optInRules?: boolean;
  /** Whether the command offers `--compliance`. */
  compliance?: boolean;
}

/**
 * The options every reporting command shares, with one wording: output formats and files, the failure threshold,
 * the config file, rule selection, severity filter, quiet, colour and the compliance view.
 */
export function addReportOptions(command: Command, choices: ReportOptionChoices): Command {
  command
    .option('--format <format>', `${choices.formats} (repeatable, pairs with --output)`, collect, [])
    .option('--output <file>', 'write the matching --format to a file (repeatable)', collect, [])
    .option('--fail-on <severity>', 'exit 1 on findings at or above: critical|high|medium|low|info|none')
    .option('--config <file>', 'configuration file (default: nearest .bulwark.yaml)')
    .option(
      '--rule <id>',
      choices.optInRules === true
        ? 'run only this rule (repeatable; enables opt-in rules)'
        : 'run only this rule (repeatable)',
      collect,
      [],
    )
    .option('--skip-rule <id>', 'do not run this rule (repeatable)', collect, [])
    .option('--severity <list>', 'report only these severities, comma-separated')
    .option('--quiet', 'leave suppressed findings out of the table and print no notes')
    .addOption(new Option('--no-color', 'no ANSI colour in the table'));
  if (choices.compliance === true) command.option('--compliance <framework>', complianceOptionHelp);
  return command;
}
