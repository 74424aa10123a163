import path from 'node:path';
import type { KubernetesVersion, PssLevel } from '../../core/index.js';
import { createReport, isPssLevel, parseKubernetesVersion } from '../../core/index.js';
import type { Config } from '../../engines/config/schema.js';
import { readBaseline, withoutBaselined, writeBaseline } from '../../engines/scan/baseline.js';
import { scanPaths } from '../../engines/scan/scan.js';
import { ruleRegistry } from '../../rules/index.js';
import { attachCompliance, parseComplianceOption, ranRuleIds } from '../compliance-option.js';
import { loadConfigOption } from '../config-option.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo, CliResult } from '../io.js';
import { UsageError } from '../io.js';
import { toolVersion } from '../version.js';
import type { OutputFlags } from '../report-output.js';
import { exitCodeFor, parseFailOn, parseOutputs, parseSeverities, writeOutputs } from '../report-output.js';

export interface ScanFlags extends OutputFlags {
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
  compliance?: string;
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

function resolveConfig(flags: ScanFlags, inputs: readonly string[], io: CliIo) {
  return loadConfigOption(
    flags.config,
    io,
    inputs.find((input) => input !== '-'),
  );
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
  const compliance = parseComplianceOption(flags.compliance);
  const cliVersion = parseVersion(flags.k8sVersion, '--k8s-version');
  const configured = await resolveConfig(flags, inputs, io);
  if (configured.errors.length > 0 && flags.config !== undefined) {
    const lines = configured.errors.map((error) => `${error.file}:${error.line}: ${error.message}`);
    return { exitCode: exitCodes.error, stdout: '', stderr: `${lines.join('\n')}\n` };
  }
  const { config } = configured;
  const failOn = parseFailOn(flags.failOn, config.failOn);
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
  const judgedLevel =
    pssLevel ?? (configLevel !== undefined && isPssLevel(configLevel) ? configLevel : undefined);
  const report = attachCompliance(
    createReport(toolVersion(), result.targets, findings, [...configured.errors, ...result.errors]),
    compliance,
    {
      ranRules: ranRuleIds({ only: flags.rule, skip: flags.skipRule }, config, {
        ...(severities ? { severities } : {}),
        ...(judgedLevel ? { pssLevel: judgedLevel } : {}),
      }).filter((id) => result.judgedRuleIds.includes(id)),
      // Judged before --baseline: a baselined finding is still a broken control.
      findings: result.findings,
    },
  );
  const stdout = await writeOutputs(report, outputs, flags, io);
  return { exitCode: exitCodeFor(report, failOn), stdout, stderr };
}
