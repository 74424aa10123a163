import path from 'node:path';
import type { Command } from 'commander';
import { createReport } from '../../core/index.js';
import { NodeScanError, scanNode } from '../../engines/node/index.js';
import { attachCompliance, parseComplianceOption, ranRuleIds } from '../compliance-option.js';
import { loadConfigOption } from '../config-option.js';
import { exitCodes } from '../exit-codes.js';
import { addReportOptions } from '../report-options.js';
import type { CliIo, CliResult } from '../io.js';
import { UsageError } from '../io.js';
import type { OutputFlags } from '../report-output.js';
import { exitCodeFor, parseFailOn, parseOutputs, parseSeverities, writeOutputs } from '../report-output.js';
import { toolVersion } from '../version.js';

type Settle = (run: () => Promise<CliResult> | CliResult) => void;

export interface NodeFlags extends OutputFlags {
  root?: string;
  baseline?: string;
  writeBaseline?: string;
  failOn?: string;
  config?: string;
  rule: string[];
  skipRule: string[];
  severity?: string;
  compliance?: string;
}

export const nodeFormats = ['table', 'json', 'sarif', 'junit', 'html'] as const;

/** `bulwark node`: file permissions, kernel hardening, firmware and integrity of a node, seen from its root. */
export async function runNodeCommand(flags: NodeFlags, io: CliIo): Promise<CliResult> {
  if (flags.baseline !== undefined && flags.writeBaseline !== undefined)
    throw new UsageError('give --baseline or --write-baseline, not both');
  const outputs = parseOutputs(flags, nodeFormats);
  const severities = parseSeverities(flags.severity);
  const compliance = parseComplianceOption(flags.compliance);
  const configured = await loadConfigOption(flags.config, io);
  if (configured.errors.length > 0 && flags.config !== undefined) {
    const lines = configured.errors.map((error) => `${error.file}:${error.line}: ${error.message}`);
    return { exitCode: exitCodes.error, stdout: '', stderr: `${lines.join('\n')}\n` };
  }
  const failOn = parseFailOn(flags.failOn, configured.config.failOn);
  const rootDisplay = flags.root ?? '/';
  const root = path.resolve(io.cwd, rootDisplay);
  const selection = { only: flags.rule, skip: flags.skipRule };
  let result;
  try {
    result = await scanNode({
      root,
      rootDisplay,
      config: configured.config,
      configRoot: io.cwd,
      selection,
      ...(severities === undefined ? {} : { severities }),
      ...(flags.baseline === undefined ? {} : { baselineFile: path.resolve(io.cwd, flags.baseline) }),
      ...(flags.writeBaseline === undefined
        ? {}
        : { writeBaselineFile: path.resolve(io.cwd, flags.writeBaseline) }),
      today: io.today(),
    });
  } catch (error) {
    if (error instanceof NodeScanError)
      return { exitCode: exitCodes.error, stdout: '', stderr: `bulwark: ${error.message}\n` };
    throw error;
  }
  if (result.unknownRuleIds.length > 0)
    throw new UsageError(`unknown rule id: ${result.unknownRuleIds.join(', ')} (see 'bulwark rules')`);
  const report = createReport(
    toolVersion(),
    result.targets,
    result.findings,
    [...configured.errors, ...result.errors],
    {
      notes: flags.quiet ? [] : result.notes,
    },
  );
  const judged = attachCompliance(report, compliance, {
    ranRules: ranRuleIds(selection, configured.config, severities === undefined ? {} : { severities }),
  });
  const stdout = await writeOutputs(judged, outputs, flags, io);
  const stderr =
    result.baselineEntries === undefined || flags.quiet
      ? ''
      : `wrote baseline of ${result.baselineEntries} files to ${flags.writeBaseline ?? ''}\n`;
  return { exitCode: exitCodeFor(judged, failOn), stdout, stderr };
}

export function registerNodeCommand(program: Command, io: CliIo, settle: Settle): void {
  const command = program
    .command('node')
    .description(
      'check a node: kubelet and runtime file permissions, kernel hardening, LSMs, secure boot, integrity',
    )
    .option('--root <dir>', "the node's root file system (default /)")
    .option('--write-baseline <file>', 'record SHA-256, size and mode of the runtime binaries and configs')
    .option(
      '--baseline <file>',
      'report every change of the runtime binaries and configs since this baseline',
    );
  addReportOptions(command, { formats: 'table | json | sarif | junit | html', compliance: true }).action(
    (flags: NodeFlags) => settle(() => runNodeCommand(flags, io)),
  );
}
