import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FailOn, Report, Severity } from '../core/index.js';
import { hasFailingFindings, isSeverity } from '../core/index.js';
import type { ReportFormat } from '../reporters/index.js';
import { isReportFormat, reporters } from '../reporters/index.js';
import { ruleRegistry } from '../rules/index.js';
import { exitCodes } from './exit-codes.js';
import type { CliIo } from './io.js';
import { UsageError } from './io.js';

/** The output flags every reporting command shares (scan, image, sbom). */
export interface OutputFlags {
  format: string[];
  output: string[];
  quiet?: boolean;
  color?: boolean;
}

export interface Outputs {
  pairs: { format: ReportFormat; file?: string }[];
}

export function parseOutputs(
  flags: OutputFlags,
  allowed: readonly ReportFormat[] | undefined = undefined,
  fallback = 'table',
): Outputs {
  const formats = flags.format.length === 0 ? [fallback] : flags.format;
  for (const format of formats)
    if (!isReportFormat(format) || (allowed !== undefined && !allowed.includes(format)))
      throw new UsageError(`unknown --format ${format}`);
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

export function parseFailOn(text: string | undefined, configured: string | undefined): FailOn {
  const value = text ?? configured ?? 'high';
  if (value === 'none' || isSeverity(value)) return value;
  throw new UsageError(`--fail-on must be critical, high, medium, low, info or none, not ${value}`);
}

export function parseSeverities(text: string | undefined): Severity[] | undefined {
  if (text === undefined) return undefined;
  const list = text
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  for (const severity of list)
    if (!isSeverity(severity)) throw new UsageError(`--severity: unknown severity ${severity}`);
  return list as Severity[];
}

async function writeOutput(absolute: string, shown: string, text: string): Promise<void> {
  try {
    await writeFile(absolute, text);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'error';
    throw new UsageError(`cannot write --output ${shown} (${code})`);
  }
}

export function exitCodeFor(report: Report, failOn: FailOn): number {
  if (failOn === 'none') return exitCodes.clean;
  if (report.errors.length > 0) return exitCodes.error;
  return hasFailingFindings(report, failOn) ? exitCodes.findings : exitCodes.clean;
}

export async function writeOutputs(
  report: Report,
  outputs: Outputs,
  flags: OutputFlags,
  io: CliIo,
): Promise<string> {
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
      created: io.now().toISOString(),
    });
    if (pair.file === undefined) stdout += text;
    else await writeOutput(path.resolve(io.cwd, pair.file), pair.file, text);
  }
  return stdout;
}
