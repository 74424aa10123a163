import path from 'node:path';
import { createReport } from '../../core/index.js';
import { findConfig, loadConfig } from '../../engines/config/load.js';
import { defaultConfig } from '../../engines/config/schema.js';
import { readBaseline, withoutBaselined, writeBaseline } from '../../engines/scan/baseline.js';
import type { ImageScanRequest } from '../../engines/image/scan-image.js';
import { ImageScanError, inventoryImage, scanImage } from '../../engines/image/scan-image.js';
import { defaultDatabasePath } from '../../vuln/index.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo, CliResult } from '../io.js';
import { UsageError } from '../io.js';
import type { OutputFlags } from '../report-output.js';
import { exitCodeFor, parseFailOn, parseOutputs, parseSeverities, writeOutputs } from '../report-output.js';
import { toolVersion } from '../version.js';

export interface ImageFlags extends OutputFlags {
  failOn?: string;
  config?: string;
  platform?: string;
  db?: string;
  vulnerabilities?: boolean;
  ignoreUnfixed?: boolean;
  vex: string[];
  sbom?: string;
  insecure?: boolean;
  rule: string[];
  skipRule: string[];
  severity?: string;
  baseline?: string;
  writeBaseline?: string;
}

export const imageFormats = ['table', 'json', 'sarif', 'junit', 'html', 'cyclonedx', 'spdx'] as const;

async function configFor(flags: { config?: string }, io: CliIo) {
  const explicit = flags.config === undefined ? undefined : path.resolve(io.cwd, flags.config);
  const found = explicit ?? (await findConfig(io.cwd));
  if (found === undefined) return { config: defaultConfig, errors: [] };
  const display = path.relative(io.cwd, found).split(path.sep).join('/') || found;
  return loadConfig(found, display);
}

function databasePath(flags: { db?: string }, io: CliIo): string {
  return flags.db === undefined ? defaultDatabasePath(io.env, io.homedir) : path.resolve(io.cwd, flags.db);
}

function failure(error: unknown): CliResult {
  if (error instanceof ImageScanError)
    return { exitCode: exitCodes.error, stdout: '', stderr: `bulwark: ${error.message}\n` };
  throw error;
}

/** `bulwark image TARGET` (or `--sbom FILE`): audit, secrets, packages and vulnerabilities of one image. */
export async function runImageCommand(
  target: string | undefined,
  flags: ImageFlags,
  io: CliIo,
): Promise<CliResult> {
  if ((target === undefined) === (flags.sbom === undefined))
    throw new UsageError('give an image (reference, path or docker:NAME) or --sbom FILE, not both');
  const outputs = parseOutputs(flags, imageFormats);
  const severities = parseSeverities(flags.severity);
  const configured = await configFor(flags, io);
  if (configured.errors.length > 0 && flags.config !== undefined) {
    const lines = configured.errors.map((error) => `${error.file}:${error.line}: ${error.message}`);
    return { exitCode: exitCodes.error, stdout: '', stderr: `${lines.join('\n')}\n` };
  }
  const failOn = parseFailOn(flags.failOn, configured.config.failOn);
  const request: ImageScanRequest = {
    ...(target === undefined ? {} : { target }),
    ...(flags.sbom === undefined ? {} : { sbomFile: path.resolve(io.cwd, flags.sbom) }),
    cwd: io.cwd,
    env: io.env,
    homedir: io.homedir,
    now: io.now(),
    ...(flags.platform === undefined ? {} : { platform: flags.platform }),
    insecureRegistry: flags.insecure === true,
    vulnerabilities: flags.vulnerabilities !== false,
    databasePath: databasePath(flags, io),
    ignoreUnfixed: flags.ignoreUnfixed === true,
    vexFiles: flags.vex.map((file) => path.resolve(io.cwd, file)),
    config: configured.config,
    selection: { only: flags.rule, skip: flags.skipRule },
    ...(severities === undefined ? {} : { severities }),
  };
  let result;
  try {
    result = await scanImage(request);
  } catch (error) {
    return failure(error);
  }
  if (result.unknownRuleIds.length > 0)
    throw new UsageError(`unknown rule id: ${result.unknownRuleIds.join(', ')} (see 'bulwark rules')`);
  let findings = result.findings;
  let stderr = '';
  if (flags.writeBaseline !== undefined) {
    const full = createReport(toolVersion(), result.targets, findings, []);
    await writeBaseline(path.resolve(io.cwd, flags.writeBaseline), full.findings);
    if (!flags.quiet) stderr += `wrote baseline to ${flags.writeBaseline}\n`;
  }
  if (flags.baseline !== undefined) {
    const baseline = await readBaseline(path.resolve(io.cwd, flags.baseline));
    if (!baseline.ok) throw new UsageError(`--baseline ${flags.baseline}: ${baseline.message}`);
    findings = withoutBaselined(findings, baseline.fingerprints);
  }
  const report = createReport(
    toolVersion(),
    result.targets,
    findings,
    [...configured.errors, ...result.errors],
    result.extras,
  );
  const stdout = await writeOutputs(report, outputs, flags, io);
  return { exitCode: exitCodeFor(report, failOn), stdout, stderr };
}

export interface SbomFlags {
  format: string[];
  output: string[];
  platform?: string;
  insecure?: boolean;
}

/** `bulwark sbom TARGET --format cyclonedx|spdx`: the package inventory only, no rules and no database. */
export async function runSbomCommand(target: string, flags: SbomFlags, io: CliIo): Promise<CliResult> {
  const outputs = parseOutputs(flags, ['cyclonedx', 'spdx', 'json'], 'cyclonedx');
  let result;
  try {
    result = await inventoryImage({
      target,
      cwd: io.cwd,
      env: io.env,
      homedir: io.homedir,
      now: io.now(),
      ...(flags.platform === undefined ? {} : { platform: flags.platform }),
      insecureRegistry: flags.insecure === true,
    });
  } catch (error) {
    return failure(error);
  }
  const report = createReport(toolVersion(), result.targets, [], result.errors, result.extras);
  const stdout = await writeOutputs(report, outputs, { ...flags, quiet: false }, io);
  return { exitCode: report.errors.length > 0 ? exitCodes.error : exitCodes.clean, stdout, stderr: '' };
}
