import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FailOn, KubernetesVersion, PssLevel, Report, Severity } from '../../core/index.js';
import {
  createReport,
  hasFailingFindings,
  isPssLevel,
  isSeverity,
  parseKubernetesVersion,
} from '../../core/index.js';
import { findConfig, loadConfig } from '../../engines/config/load.js';
import type { Config } from '../../engines/config/schema.js';
import { defaultConfig } from '../../engines/config/schema.js';
import { readBaseline, withoutBaselined, writeBaseline } from '../../engines/scan/baseline.js';
import { scanPaths } from '../../engines/scan/scan.js';
import type { ReportFormat } from '../../reporters/index.js';
import { isReportFormat, reporters } from '../../reporters/index.js';
import { ruleRegistry } from '../../rules/index.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo, CliResult } from '../io.js';
import { UsageError } from '../io.js';
import { toolVersion } from '../version.js';

export interface ScanFlags {
  format: string[];
  output: string[];
  failOn?: string;
  config?: string;
  pss?: string;
  k8sVersion?: string;
  baseline?: string;
  writeBaseline?: string;
  rule: string[];
  skipRule: string[];
  severity?: string;
  quiet?: boolean;
  color?: boolean;
}

interface Outputs {
  pairs: { format: ReportFormat; file?: string }[];
}

function parseOutputs(flags: ScanFlags): Outputs {
  const formats = flags.format.length === 0 ? ['table'] : flags.format;
  for (const format of formats)
    if (!isReportFormat(format)) throw new UsageError(`unknown --format ${format}`);
  if (flags.output.length > formats.length)
    throw new UsageError('more --output than --format: pair each --output with a --format');
  const pairs = formats.map((format, index) => {
    const file = flags.output[index];
    return { format: format as ReportFormat, ...(file === undefined ? {} : { file }) };
  });
  if (pairs.filter((pair) => pair.file === undefined).length > 1)
    throw new UsageError('only one --format may go to standard output; give the others an --output');
  return { pairs };
}

function parseFailOn(text: string | undefined, config: Config): FailOn {
  const value = text ?? config.failOn ?? 'high';
  if (value === 'none' || isSeverity(value)) return value;
  throw new UsageError(`--fail-on must be critical, high, medium, low, info or none, not ${value}`);
}

function parseSeverities(text: string | undefined): Severity[] | undefined {
  if (text === undefined) return undefined;
  const list = text
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  for (const severity of list)
    if (!isSeverity(severity)) throw new UsageError(`--severity: unknown severity ${severity}`);
  return list as Severity[];
}

function parseVersion(text: string | undefined, flag: string): KubernetesVersion | undefined {
  if (text === undefined) return undefined;
  const version = parseKubernetesVersion(text);
  if (version === undefined)
    throw new UsageError(`${flag}: expected a Kubernetes version like 1.30, not ${text}`);
  return version;
}

function parsePss(text: string | undefined): PssLevel | undefined {
  if (text === undefined) return undefined;
  if (!isPssLevel(text))
    throw new UsageError(`--pss must be privileged, baseline or restricted, not ${text}`);
  return text;
}

async function resolveConfig(flags: ScanFlags, inputs: readonly string[], io: CliIo) {
  const explicit = flags.config === undefined ? undefined : path.resolve(io.cwd, flags.config);
  const firstPath = inputs.find((input) => input !== '-');
  const found =
    explicit ?? (await findConfig(firstPath === undefined ? io.cwd : path.resolve(io.cwd, firstPath)));
  if (found === undefined) return { config: defaultConfig, root: io.cwd, errors: [] };
  const display = path.relative(io.cwd, found).split(path.sep).join('/') || found;
  const loaded = await loadConfig(found, display);
  return { config: loaded.config, root: path.dirname(found), errors: loaded.errors };
}

function configVersion(config: Config): KubernetesVersion | undefined {
  const text = config.pss?.kubernetesVersion;
  return text === undefined ? undefined : parseKubernetesVersion(text);
}

export async function runScanCommand(
  inputs: readonly string[],
  flags: ScanFlags,
  io: CliIo,
): Promise<CliResult> {
  const outputs = parseOutputs(flags);
  const severities = parseSeverities(flags.severity);
  const pssLevel = parsePss(flags.pss);
  const cliVersion = parseVersion(flags.k8sVersion, '--k8s-version');
  const configured = await resolveConfig(flags, inputs, io);
  if (configured.errors.length > 0 && flags.config !== undefined) {
    const lines = configured.errors.map((error) => `${error.file}:${error.line}: ${error.message}`);
    return { exitCode: exitCodes.error, stdout: '', stderr: `${lines.join('\n')}\n` };
  }
  const { config } = configured;
  const failOn = parseFailOn(flags.failOn, config);
  const configLevel = config.pss?.level;
  const configVersionValue = configVersion(config);
  const result = await scanPaths(
    {
      inputs: inputs.length === 0 ? ['.'] : inputs,
      cwd: io.cwd,
      config,
      configRoot: configured.root,
      pss: {
        cli: { ...(pssLevel ? { level: pssLevel } : {}), ...(cliVersion ? { version: cliVersion } : {}) },
        config: {
          ...(configLevel && isPssLevel(configLevel) ? { level: configLevel } : {}),
          ...(configVersionValue ? { version: configVersionValue } : {}),
        },
      },
      selection: { only: flags.rule, skip: flags.skipRule },
      ...(severities ? { severities } : {}),
      today: io.today(),
      readStdin: io.readStdin,
    },
    ruleRegistry,
  );
  if (result.unknownRuleIds.length > 0)
    throw new UsageError(`unknown rule id: ${result.unknownRuleIds.join(', ')} (see 'bulwark rules')`);
  let findings = result.findings;
  let stderr = '';
  if (flags.writeBaseline !== undefined) {
    // Written from every current finding, before --baseline filters: updating a baseline in place keeps it whole.
    const full = createReport(toolVersion(), result.targets, result.findings, []);
    await writeBaseline(path.resolve(io.cwd, flags.writeBaseline), full.findings);
    if (!flags.quiet) {
      const count = new Set(
        full.findings.filter((finding) => finding.status === 'fail').map((finding) => finding.fingerprint),
      ).size;
      stderr += `wrote baseline with ${count} fingerprints to ${flags.writeBaseline}\n`;
    }
  }
  if (flags.baseline !== undefined) {
    const baseline = await readBaseline(path.resolve(io.cwd, flags.baseline));
    if (!baseline.ok) throw new UsageError(`--baseline ${flags.baseline}: ${baseline.message}`);
    findings = withoutBaselined(findings, baseline.fingerprints);
  }
  const report = createReport(toolVersion(), result.targets, findings, [
    ...configured.errors,
    ...result.errors,
  ]);
  const stdout = await writeOutputs(report, outputs, flags, io);
  return { exitCode: exitCodeFor(report, failOn), stdout, stderr };
}

async function writeOutput(absolute: string, shown: string, text: string): Promise<void> {
  try {
    await writeFile(absolute, text);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'error';
    throw new UsageError(`cannot write --output ${shown} (${code})`);
  }
}

function exitCodeFor(report: Report, failOn: FailOn): number {
  if (failOn === 'none') return exitCodes.clean;
  if (report.errors.length > 0) return exitCodes.error;
  return hasFailingFindings(report, failOn) ? exitCodes.findings : exitCodes.clean;
}

async function writeOutputs(report: Report, outputs: Outputs, flags: ScanFlags, io: CliIo): Promise<string> {
  let stdout = '';
  const shown = flags.quiet
    ? { ...report, findings: report.findings.filter((finding) => finding.status === 'fail') }
    : report;
  for (const pair of outputs.pairs) {
    const color =
      pair.file === undefined &&
      pair.format === 'table' &&
      io.stdoutIsTty &&
      flags.color !== false &&
      io.env['NO_COLOR'] === undefined;
    const text = reporters[pair.format](pair.format === 'table' ? shown : report, {
      rules: ruleRegistry.rules,
      color,
    });
    if (pair.file === undefined) stdout += text;
    else await writeOutput(path.resolve(io.cwd, pair.file), pair.file, text);
  }
  return stdout;
}
