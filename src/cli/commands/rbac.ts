import type { Command } from 'commander';
import type { ReportError } from '../../core/index.js';
import { answerCan, answerWhoCan } from '../../engines/rbac/queries.js';
import { renderCanTable, renderJson, renderWhoCanTable } from '../../engines/rbac/render.js';
import { parseAccessQuery } from '../../engines/rbac/resource-argument.js';
import { parseSubject } from '../../rules/kubernetes/cluster-utils/subjects.js';
import { exitCodes } from '../exit-codes.js';
import { readIndexedInput } from '../indexed-input.js';
import type { CliIo, CliResult } from '../io.js';
import { UsageError } from '../io.js';

type Settle = (run: () => Promise<CliResult> | CliResult) => void;

interface QueryFlags {
  format: string;
  config?: string;
}

interface WhoCanFlags extends QueryFlags {
  namespace?: string;
}

function checkFormat(format: string, command: string): 'table' | 'json' {
  if (format === 'table' || format === 'json') return format;
  throw new UsageError(`unknown --format ${format} for rbac ${command} (table or json)`);
}

/** Answers come with the input errors that may make them incomplete; any error makes the exit code 2. */
function result(text: string, errors: readonly ReportError[]): CliResult {
  return { exitCode: errors.length > 0 ? exitCodes.error : exitCodes.clean, stdout: text, stderr: '' };
}

export async function runRbacWhoCan(
  verb: string,
  resource: string,
  paths: readonly string[],
  flags: WhoCanFlags,
  io: CliIo,
): Promise<CliResult> {
  const format = checkFormat(flags.format, 'who-can');
  const parsed = parseAccessQuery(verb, resource, flags.namespace);
  if ('error' in parsed) throw new UsageError(parsed.error);
  const input = await readIndexedInput(paths, flags, io);
  const answer = answerWhoCan(input.cluster, parsed.query, input.errors);
  return result(format === 'json' ? renderJson(answer) : renderWhoCanTable(answer), input.errors);
}

export async function runRbacCan(
  subjectText: string,
  paths: readonly string[],
  flags: QueryFlags,
  io: CliIo,
): Promise<CliResult> {
  const format = checkFormat(flags.format, 'can');
  const parsed = parseSubject(subjectText);
  if ('error' in parsed) throw new UsageError(parsed.error);
  const input = await readIndexedInput(paths, flags, io);
  const answer = answerCan(input.cluster, parsed.subject, input.errors);
  return result(format === 'json' ? renderJson(answer) : renderCanTable(answer), input.errors);
}

export function registerRbacCommand(program: Command, io: CliIo, settle: Settle): void {
  const rbac = program
    .command('rbac')
    .description('RBAC: who may do what, from manifests or `kubectl get -o json` snapshots');
  rbac
    .command('who-can')
    .description('every subject allowed a verb on a resource, with the binding and the rule that allow it')
    .argument('<verb>', 'get, list, create, impersonate, … or *')
    .argument('<resource>', 'pods, pods/exec, deployments.apps, or a non-resource URL such as /metrics')
    .argument('[paths...]', 'manifest files or folders (default: .); - reads standard input')
    .option('-n, --namespace <namespace>', 'only grants that reach this namespace (default: every namespace)')
    .option('--format <format>', 'table | json', 'table')
    .option('--config <file>', 'configuration file (default: nearest .bulwark.yaml)')
    .action((verb: string, resource: string, paths: string[], flags: WhoCanFlags) =>
      settle(() => runRbacWhoCan(verb, resource, paths, flags, io)),
    );
  rbac
    .command('can')
    .description("a subject's effective permissions: every binding that applies to it, with its rules")
    .argument('<subject>', 'system:serviceaccount:NAMESPACE:NAME, user:NAME or group:NAME')
    .argument('[paths...]', 'manifest files or folders (default: .); - reads standard input')
    .option('--format <format>', 'table | json', 'table')
    .option('--config <file>', 'configuration file (default: nearest .bulwark.yaml)')
    .action((subject: string, paths: string[], flags: QueryFlags) =>
      settle(() => runRbacCan(subject, paths, flags, io)),
    );
}
