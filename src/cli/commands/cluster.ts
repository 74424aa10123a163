import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { KubernetesVersion, PssLevel } from '../../core/index.js';
import { createReport, isPssLevel, parseKubernetesVersion } from '../../core/index.js';
import type { ClusterAuditRequest } from '../../engines/cluster/audit.js';
import { auditCluster } from '../../engines/cluster/audit.js';
import { ruleRegistry } from '../../rules/index.js';
import { loadConfigOption } from '../config-option.js';
import { exitCodes } from '../exit-codes.js';
import { addReportOptions, collect } from '../report-options.js';
import type { CliIo, CliResult } from '../io.js';
import { UsageError } from '../io.js';
import type { OutputFlags } from '../report-output.js';
import { attachCompliance, parseComplianceOption, ranRuleIds } from '../compliance-option.js';
import { exitCodeFor, parseFailOn, parseOutputs, parseSeverities, writeOutputs } from '../report-output.js';
import { toolVersion } from '../version.js';

type Settle = (run: () => Promise<CliResult> | CliResult) => void;

export interface ClusterFlags extends OutputFlags {
  context?: string;
  snapshot: string[];
  namespace?: string;
  failOn?: string;
  config?: string;
  pss?: string;
  k8sVersion?: string;
  requestTimeout?: string;
  rule: string[];
  skipRule: string[];
  severity?: string;
  compliance?: string;
}

// Objects per page: small enough for a modest API server, large enough that 10,000 pods take 20 requests.
const pageSize = 500;

function parseTimeout(text: string | undefined): number {
  if (text === undefined) return 30_000;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UsageError(`--request-timeout must be a number of seconds above 0, not ${text}`);
  return Math.round(seconds * 1000);
}

function parseVersion(text: string | undefined): KubernetesVersion | undefined {
  if (text === undefined) return undefined;
  const version = parseKubernetesVersion(text);
  if (version === undefined)
    throw new UsageError(`--k8s-version: expected a Kubernetes version like 1.30, not ${text}`);
  return version;
}

function parsePss(text: string | undefined): PssLevel | undefined {
  if (text === undefined) return undefined;
  if (!isPssLevel(text))
    throw new UsageError(`--pss must be privileged, baseline or restricted, not ${text}`);
  return text;
}

async function resolveConfig(flags: ClusterFlags, io: CliIo) {
  const loaded = await loadConfigOption(flags.config, io);
  if (loaded.errors.length > 0 && flags.config !== undefined)
    throw new UsageError(
      loaded.errors.map((error) => `${error.file}:${error.line}: ${error.message}`).join('\n'),
    );
  return loaded;
}

function sourceOf(flags: ClusterFlags, io: CliIo, timeoutMs: number): ClusterAuditRequest['source'] {
  if (flags.snapshot.length > 0) {
    if (flags.context !== undefined) throw new UsageError('give --context or --snapshot, not both');
    return { type: 'snapshot', paths: flags.snapshot, cwd: io.cwd };
  }
  return {
    type: 'live',
    connection: {
      env: io.env,
      homedir: io.homedir,
      ...(flags.context === undefined ? {} : { context: flags.context }),
      fileExists: (file) => existsSync(path.resolve(io.cwd, file)),
    },
    timeoutMs,
    pageSize,
  };
}

export async function runClusterCommand(flags: ClusterFlags, io: CliIo): Promise<CliResult> {
  const outputs = parseOutputs(flags);
  const severities = parseSeverities(flags.severity);
  const pssLevel = parsePss(flags.pss);
  const version = parseVersion(flags.k8sVersion);
  const timeoutMs = parseTimeout(flags.requestTimeout);
  const compliance = parseComplianceOption(flags.compliance);
  const source = sourceOf(flags, io, timeoutMs);
  const configured = await resolveConfig(flags, io);
  const { config } = configured;
  const failOn = parseFailOn(flags.failOn, config.failOn);
  const configLevel = config.pss?.level;
  const configVersion =
    config.pss?.kubernetesVersion === undefined
      ? undefined
      : parseKubernetesVersion(config.pss.kubernetesVersion);
  const result = await auditCluster(
    {
      source,
      config,
      pss: {
        cli: { ...(pssLevel ? { level: pssLevel } : {}), ...(version ? { version } : {}) },
        config: {
          ...(configLevel && isPssLevel(configLevel) ? { level: configLevel } : {}),
          ...(configVersion ? { version: configVersion } : {}),
        },
      },
      selection: { only: flags.rule, skip: flags.skipRule },
      ...(severities ? { severities } : {}),
      ...(flags.namespace === undefined ? {} : { namespace: flags.namespace }),
      today: io.today(),
    },
    ruleRegistry,
  );
  if (result.unknownRuleIds.length > 0)
    throw new UsageError(`unknown rule id: ${result.unknownRuleIds.join(', ')} (see 'bulwark rules')`);
  const judgedLevel =
    pssLevel ?? (configLevel !== undefined && isPssLevel(configLevel) ? configLevel : undefined);
  const report = attachCompliance(
    createReport(toolVersion(), result.targets, result.findings, [...configured.errors, ...result.errors], {
      coverage: result.coverage,
      ...(flags.quiet ? {} : { notes: result.notes }),
    }),
    compliance,
    {
      ranRules: ranRuleIds({ only: flags.rule, skip: flags.skipRule }, config, {
        ...(severities ? { severities } : {}),
        ...(judgedLevel ? { pssLevel: judgedLevel } : {}),
      }).filter((id) => result.judgedRuleIds.includes(id)),
    },
  );
  const stdout = await writeOutputs(report, outputs, flags, io);
  const exitCode = result.incomplete && failOn !== 'none' ? exitCodes.error : exitCodeFor(report, failOn);
  return { exitCode, stdout, stderr: '' };
}

export function registerClusterCommand(program: Command, io: CliIo, settle: Settle): void {
  const command = program
    .command('cluster')
    .description('audit a live cluster (kubeconfig) or a `kubectl get -o json` snapshot with the same rules')
    .option('--context <context>', 'kubeconfig context (default: the current one)')
    .option('--snapshot <file>', 'kubectl get -o json output: a file or a folder (repeatable)', collect, [])
    .option(
      '-n, --namespace <namespace>',
      'only objects of this namespace (cluster-wide kinds are still read)',
    )
    .option('--pss <level>', 'judge Pod Security exactly at this level: privileged|baseline|restricted')
    .option('--k8s-version <version>', 'Kubernetes version whose Pod Security rules apply, e.g. 1.30')
    .option('--request-timeout <seconds>', 'longest wait for one API request (default 30)');
  addReportOptions(command, {
    formats: 'table | json | sarif | junit | html | policy-report',
    optInRules: true,
    compliance: true,
  }).action((flags: ClusterFlags) => settle(() => runClusterCommand(flags, io)));
}
