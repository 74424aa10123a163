import { Command, CommanderError, Option } from 'commander';
import { exitCodes } from './exit-codes.js';
import type { CliIo, CliResult } from './io.js';
import { UsageError } from './io.js';
import { registerClusterCommand } from './commands/cluster.js';
import { registerDbCommand } from './commands/db.js';
import { registerHostCommand } from './commands/host.js';
import { complianceOptionHelp } from './compliance-option.js';
import { registerNetpolCommand } from './commands/netpol.js';
import { registerNodeCommand } from './commands/node.js';
import { registerRbacCommand } from './commands/rbac.js';
import type { ImageFlags, SbomFlags } from './commands/image.js';
import { runImageCommand, runSbomCommand } from './commands/image.js';
import { runExplainCommand, runRulesCommand } from './commands/rules.js';
import type { ScanFlags } from './commands/scan.js';
import { runScanCommand } from './commands/scan.js';
import { collect } from './report-options.js';
import { toolVersion } from './version.js';

function buildProgram(
  io: CliIo,
  output: { stdout: string; stderr: string },
  settle: (run: () => Promise<CliResult> | CliResult) => void,
): Command {
  const program = new Command('bulwark')
    .description('Secures a container stack from the Dockerfile to the running cluster with one rule engine.')
    .version(toolVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => {
        output.stdout += text;
      },
      writeErr: (text) => {
        output.stderr += text;
      },
    })
    .showHelpAfterError('(run bulwark --help for usage)');

  program
    .command('scan')
    .description('scan Dockerfiles, compose files and Kubernetes manifests (files, folders, or - for stdin)')
    .argument('[paths...]', 'files or folders; - reads standard input')
    .option(
      '--format <format>',
      'table | json | sarif | junit | html | policy-report (repeatable, pairs with --output)',
      collect,
      [],
    )
    .option('--output <file>', 'write the matching --format to a file (repeatable)', collect, [])
    .option(
      '--fail-on <severity>',
      'exit 1 on findings at or above: critical|high|medium|low|info|none (default: high)',
    )
    .option('--config <file>', 'configuration file (default: nearest .bulwark.yaml)')
    .option('--pss <level>', 'judge Pod Security exactly at this level: privileged|baseline|restricted')
    .option(
      '--k8s-version <version>',
      'Kubernetes version whose Pod Security rules apply, e.g. 1.30 (default: newest known)',
    )
    .option('--baseline <file>', 'report only findings not in this baseline')
    .option('--write-baseline <file>', 'store the fingerprints of the current findings')
    .option('--rule <id>', 'run only this rule (repeatable; enables opt-in rules)', collect, [])
    .option('--skip-rule <id>', 'do not run this rule (repeatable)', collect, [])
    .option('--severity <list>', 'report only these severities, comma-separated')
    .option('--quiet', 'leave suppressed findings out of the table and print no notes')
    .addOption(new Option('--no-color', 'no ANSI colour in the table'))
    .option('--compliance <framework>', complianceOptionHelp)
    .action((paths: string[], flags: ScanFlags) => settle(() => runScanCommand(paths, flags, io)));

  program
    .command('image')
    .description(
      'audit an image: config and history, secrets in every layer (also deleted ones), packages, vulnerabilities',
    )
    .argument(
      '[image]',
      'OCI layout dir, oci/docker archive (PATH[:TAG]), docker:NAME (engine) or registry reference',
    )
    .option(
      '--format <format>',
      'table | json | sarif | junit | html | cyclonedx | spdx (repeatable, pairs with --output)',
      collect,
      [],
    )
    .option('--output <file>', 'write the matching --format to a file (repeatable)', collect, [])
    .option('--fail-on <severity>', 'exit 1 on findings at or above: critical|high|medium|low|info|none')
    .option('--config <file>', 'configuration file (default: nearest .bulwark.yaml)')
    .option('--platform <os/arch[/variant]>', 'which image of a multi-platform index (default linux/amd64)')
    .option('--db <file>', 'vulnerability database (default: the user cache directory)')
    .addOption(new Option('--no-vulnerabilities', 'skip vulnerability matching (no database needed)'))
    .option('--ignore-unfixed', 'leave out vulnerabilities that have no fixed version')
    .option('--vex <file>', 'OpenVEX or CycloneDX VEX document (repeatable)', collect, [])
    .option('--sbom <file>', 'match the packages of this CycloneDX or SPDX JSON SBOM instead of an image')
    .option('--insecure', 'plain HTTP to a registry that is not on this machine')
    .option('--baseline <file>', 'report only findings not in this baseline')
    .option('--write-baseline <file>', 'store the fingerprints of the current findings')
    .option('--rule <id>', 'run only this rule (repeatable)', collect, [])
    .option('--skip-rule <id>', 'do not run this rule (repeatable)', collect, [])
    .option('--severity <list>', 'report only these severities, comma-separated')
    .option('--quiet', 'leave suppressed findings out of the table and print no notes')
    .addOption(new Option('--no-color', 'no ANSI colour in the table'))
    .action((image: string | undefined, flags: ImageFlags) =>
      settle(() => runImageCommand(image, flags, io)),
    );

  program
    .command('sbom')
    .description('write the software bill of materials of an image')
    .argument('<image>', 'OCI layout dir, oci/docker archive, docker:NAME or registry reference')
    .option('--format <format>', 'cyclonedx | spdx | json (pairs with --output)', collect, [])
    .option('--output <file>', 'write the matching --format to a file', collect, [])
    .option('--platform <os/arch[/variant]>', 'which image of a multi-platform index (default linux/amd64)')
    .option('--insecure', 'plain HTTP to a registry that is not on this machine')
    .action((image: string, flags: SbomFlags) => settle(() => runSbomCommand(image, flags, io)));

  program
    .command('rules')
    .description('list every rule')
    .option('--format <format>', 'table | json | markdown', 'table')
    .action((flags: { format: string }) => settle(() => runRulesCommand(flags.format)));

  program
    .command('explain')
    .description('show a rule: why it matters, how to fix it, references')
    .argument('<id>', 'rule id, slug or alias')
    .action((id: string) => settle(() => runExplainCommand(id)));

  registerClusterCommand(program, io, settle);
  registerDbCommand(program, io, settle);
  registerHostCommand(program, io, settle);
  registerNetpolCommand(program, io, settle);
  registerNodeCommand(program, io, settle);
  registerRbacCommand(program, io, settle);

  return program;
}

/** The whole CLI as a function: argv in, exit code and text out. Only bin/ touches the process. */
export async function run(argv: readonly string[], io: CliIo): Promise<CliResult> {
  const output = { stdout: '', stderr: '' };
  let pending: (() => Promise<CliResult> | CliResult) | undefined;
  const program = buildProgram(io, output, (next) => {
    pending = next;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (pending === undefined) {
      output.stdout += program.helpInformation();
      return { exitCode: exitCodes.clean, ...output };
    }
    const result = await pending();
    return {
      exitCode: result.exitCode,
      stdout: output.stdout + result.stdout,
      stderr: output.stderr + result.stderr,
    };
  } catch (error) {
    if (error instanceof CommanderError) {
      const exitCode = error.exitCode === 0 ? exitCodes.clean : exitCodes.error;
      return { exitCode, ...output };
    }
    if (error instanceof UsageError)
      return {
        exitCode: exitCodes.error,
        stdout: output.stdout,
        stderr: `${output.stderr}bulwark: ${error.message}\n`,
      };
    const message = error instanceof Error ? error.message : String(error);
    return {
      exitCode: exitCodes.error,
      stdout: output.stdout,
      stderr: `${output.stderr}bulwark: internal error: ${message}\n`,
    };
  }
}
