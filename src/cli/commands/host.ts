import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { createReport } from '../../core/index.js';
import { RemoteImageError } from '../../engines/image/remote/errors.js';
import { hostJudges } from '../../engines/host/judge-host.js';
import { scanHost } from '../../engines/host/scan-host.js';
import { ruleRegistry } from '../../rules/index.js';
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

export interface HostFlags extends OutputFlags {
  dockerHost?: string;
  failOn?: string;
  config?: string;
  rule: string[];
  skipRule: string[];
  severity?: string;
  compliance?: string;
  procRoot?: string;
  root?: string;
}

export const hostFormats = ['table', 'json', 'sarif', 'junit', 'html'] as const;

/** `bulwark host`: the daemon's flags and daemon.json, Docker's files, every container and local image. */
export async function runHostCommand(flags: HostFlags, io: CliIo): Promise<CliResult> {
  const outputs = parseOutputs(flags, hostFormats);
  const severities = parseSeverities(flags.severity);
  const compliance = parseComplianceOption(flags.compliance);
  const configured = await loadConfigOption(flags.config, io);
  if (configured.errors.length > 0 && flags.config !== undefined) {
    const lines = configured.errors.map((error) => `${error.file}:${error.line}: ${error.message}`);
    return { exitCode: exitCodes.error, stdout: '', stderr: `${lines.join('\n')}\n` };
  }
  const failOn = parseFailOn(flags.failOn, configured.config.failOn);
  const selection = { only: flags.rule, skip: flags.skipRule };
  let result;
  try {
    result = await scanHost({
      procRoot: path.resolve(io.cwd, flags.procRoot ?? '/proc'),
      fsRoot: path.resolve(io.cwd, flags.root ?? '/'),
      env: io.env,
      today: io.today(),
      ...(flags.dockerHost === undefined ? {} : { dockerHost: flags.dockerHost }),
      config: configured.config,
      selection,
      ...(severities === undefined ? {} : { severities }),
    });
  } catch (error) {
    if (error instanceof RemoteImageError)
      return { exitCode: exitCodes.error, stdout: '', stderr: `bulwark: ${error.message}\n` };
    throw error;
  }
  if (result.unknownRuleIds.length > 0)
    throw new UsageError(`unknown rule id: ${result.unknownRuleIds.join(', ')} (see 'bulwark rules')`);
  const errors = [...configured.errors, ...result.errors];
  const notes = flags.quiet ? [] : result.notes;
  const report = createReport(toolVersion(), result.targets, result.findings, errors, { notes });
  const ran = ranRuleIds(selection, configured.config, severities === undefined ? {} : { severities });
  const judged = attachCompliance(report, compliance, {
    ranRules: ran.filter((id) => {
      const rule = ruleRegistry.find(id);
      return rule !== undefined && hostJudges(rule);
    }),
  });
  const stdout = await writeOutputs(judged, outputs, flags, io);
  return { exitCode: exitCodeFor(judged, failOn), stdout, stderr: '' };
}

export function registerHostCommand(program: Command, io: CliIo, settle: Settle): void {
  const command = program
    .command('host')
    .description(
      'audit this Docker host (CIS Docker): dockerd flags, daemon.json, Docker files, containers, images',
    )
    .option(
      '--docker-host <address>',
      'Engine API address, unix:///path or tcp://host:port (default: DOCKER_HOST)',
    );
  addReportOptions(command, {
    formats: 'table | json | sarif | junit | html',
    optInRules: true,
    compliance: true,
  })
    // For reading a host from a container that mounts its /proc and / elsewhere, and for tests.
    .addOption(new Option('--proc-root <dir>', 'where the host /proc is mounted').hideHelp())
    .addOption(new Option('--root <dir>', "where the host's root file system is mounted").hideHelp())
    .action((flags: HostFlags) => settle(() => runHostCommand(flags, io)));
}
