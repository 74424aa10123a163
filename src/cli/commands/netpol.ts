import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { ReportError } from '../../core/index.js';
import { reachJson, reachTable } from '../../engines/netpol/format.js';
import type { ReachQuery } from '../../engines/netpol/reach.js';
import { answerReach, ReachQueryError } from '../../engines/netpol/reach.js';
import { suggestPolicies } from '../../engines/netpol/suggest.js';
import { exitCodes } from '../exit-codes.js';
import { readIndexedInput } from '../indexed-input.js';
import type { CliIo, CliResult } from '../io.js';
import { UsageError } from '../io.js';

type Settle = (run: () => Promise<CliResult> | CliResult) => void;

interface ReachFlags {
  config?: string;
  from?: string;
  to?: string;
  port?: string;
  format: string;
  output?: string;
}

interface SuggestFlags {
  config?: string;
  ingressNamespace: string;
  output?: string;
}

function errorLines(errors: readonly ReportError[]): string {
  return errors.map((error) => `bulwark: ${error.file}:${error.line}: ${error.message}\n`).join('');
}

async function deliver(text: string, output: string | undefined, io: CliIo): Promise<string> {
  if (output === undefined) return text;
  try {
    await writeFile(path.resolve(io.cwd, output), text);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'error';
    throw new UsageError(`cannot write --output ${output} (${code})`);
  }
  return '';
}

export async function runNetpolReach(
  paths: readonly string[],
  flags: ReachFlags,
  io: CliIo,
): Promise<CliResult> {
  if (flags.format !== 'table' && flags.format !== 'json')
    throw new UsageError(`unknown --format ${flags.format} for netpol reach (table or json)`);
  const input = await readIndexedInput(paths, flags, io);
  const query: ReachQuery = {
    ...(flags.from === undefined ? {} : { from: flags.from }),
    ...(flags.to === undefined ? {} : { to: flags.to }),
    ...(flags.port === undefined ? {} : { port: flags.port }),
  };
  let result;
  try {
    result = answerReach(input.cluster, query);
  } catch (error) {
    if (error instanceof ReachQueryError) throw new UsageError(error.message);
    throw error;
  }
  const text =
    flags.format === 'json' ? reachJson(query, result, input.errors) : reachTable(result, input.errors);
  const stdout = await deliver(text, flags.output, io);
  return {
    exitCode: input.errors.length > 0 ? exitCodes.error : exitCodes.clean,
    stdout,
    stderr: flags.format === 'json' || flags.output !== undefined ? errorLines(input.errors) : '',
  };
}

export async function runNetpolSuggest(
  paths: readonly string[],
  flags: SuggestFlags,
  io: CliIo,
): Promise<CliResult> {
  const input = await readIndexedInput(paths, flags, io);
  const suggestion = suggestPolicies(input.cluster, { ingressNamespace: flags.ingressNamespace });
  const stdout = await deliver(suggestion.yaml, flags.output, io);
  const summary =
    flags.output === undefined
      ? ''
      : `wrote ${suggestion.policies} policies for ${suggestion.namespaces.length} namespaces to ${flags.output}\n`;
  return {
    exitCode: input.errors.length > 0 ? exitCodes.error : exitCodes.clean,
    stdout,
    stderr: summary + errorLines(input.errors),
  };
}

export function registerNetpolCommand(program: Command, io: CliIo, settle: Settle): void {
  const netpol = program
    .command('netpol')
    .description('network policies: which pods can reach which, and policies to start from');
  netpol
    .command('reach')
    .description(
      'which workloads can connect to which, on which ports (Kubernetes, Cilium and Calico policies)',
    )
    .argument('[paths...]', 'manifest files or folders (default: .); - reads standard input')
    .option('--from <workload>', 'NAMESPACE/NAME, NAMESPACE/*, * or an IP address (default: every workload)')
    .option('--to <workload>', 'NAMESPACE/NAME, NAMESPACE/*, * or an IP address (default: every workload)')
    .option('--port <port>', 'only this port: 8080, 53/UDP or a container port name')
    .option('--format <format>', 'table | json', 'table')
    .option('--output <file>', 'write the answer to a file')
    .option('--config <file>', 'configuration file (default: nearest .bulwark.yaml)')
    .action((paths: string[], flags: ReachFlags) => settle(() => runNetpolReach(paths, flags, io)));
  netpol
    .command('suggest')
    .description('write default-deny and least-privilege allow policies derived from Services, as YAML')
    .argument('[paths...]', 'manifest files or folders (default: .); - reads standard input')
    .option('--ingress-namespace <namespace>', 'namespace of the ingress controller', 'ingress-nginx')
    .option('--output <file>', 'write the policies to a file')
    .option('--config <file>', 'configuration file (default: nearest .bulwark.yaml)')
    .action((paths: string[], flags: SuggestFlags) => settle(() => runNetpolSuggest(paths, flags, io)));
}
