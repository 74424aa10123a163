import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Finding, ReportError, ReportTarget, Severity } from '../../core/index.js';
import { ruleRegistry } from '../../rules/index.js';
import type { NodeFileRole, NodeView } from '../../sources/index.js';
import type { Config } from '../config/schema.js';
import { scanPaths } from '../scan/scan.js';
import type { RuleSelection } from '../scan/select-rules.js';
import { selectRules } from '../scan/select-rules.js';
import { applyConfigExceptions } from '../scan/suppress.js';
import { evaluateNode } from './evaluate-node.js';
import { inspectNode } from './inspect-node.js';
import { readNodeBaseline, writeNodeBaseline } from './integrity.js';
import { errorCode } from './root-fs.js';

/** A problem that stops the node scan before it starts (an unreadable baseline): exit code 2, nothing else. */
export class NodeScanError extends Error {}

export interface NodeScanRequest {
  /** The node's root folder on this machine, absolute. */
  root: string;
  /** The root as the user named it, for the report's target. */
  rootDisplay: string;
  config: Config;
  configRoot: string;
  selection: RuleSelection;
  severities?: readonly Severity[];
  /** Absolute path of `--baseline`: compare the runtime binaries and configs with it. */
  baselineFile?: string;
  /** Absolute path of `--write-baseline`: record them there. */
  writeBaselineFile?: string;
  today: string;
}

export interface NodeScanResult {
  targets: ReportTarget[];
  findings: Finding[];
  errors: ReportError[];
  notes: string[];
  unknownRuleIds: string[];
  /** How many files `--write-baseline` recorded. */
  baselineEntries?: number;
}

/** Files whose content the scan rules judge (KubeletConfiguration, kubeconfigs, static control-plane pods). */
const scannedRoles: ReadonlySet<NodeFileRole> = new Set([
  'control-plane-manifest',
  'kubelet-config',
  'kubelet-kubeconfig',
  'proxy-kubeconfig',
]);

function nodePathOf(display: string): string {
  return display.startsWith('/') || display === '-' ? display : `/${display}`;
}

/** The kubelet config and kubeconfigs go through the normal scan engine; their findings name the node path. */
async function scanNodeConfigs(view: NodeView, request: NodeScanRequest) {
  const inputs = view.files
    .filter((file) => file.type === 'file' && file.roles.some((role) => scannedRoles.has(role)))
    .map((file) => path.join(request.root, file.realPath ?? file.path));
  if (inputs.length === 0) return { findings: [], errors: [], unknownRuleIds: [] };
  const result = await scanPaths(
    {
      inputs,
      cwd: request.root,
      config: request.config,
      configRoot: request.root,
      pss: { cli: {} },
      selection: request.selection,
      ...(request.severities === undefined ? {} : { severities: request.severities }),
      today: request.today,
      readStdin: () => Promise.resolve(new Uint8Array()),
    },
    ruleRegistry,
  );
  return {
    findings: result.findings.map((finding) => ({
      ...finding,
      location: { ...finding.location, file: nodePathOf(finding.location.file ?? '') },
    })),
    errors: result.errors.map((error) => ({ ...error, file: nodePathOf(error.file) })),
    unknownRuleIds: result.unknownRuleIds,
  };
}

async function baselineEntries(file: string | undefined) {
  if (file === undefined) return undefined;
  const read = await readNodeBaseline(file);
  if (!read.ok) throw new NodeScanError(`--baseline ${path.basename(file)}: ${read.message}`);
  return read.baseline.files;
}

/** A root that is not a folder would look like a node with nothing wrong on it: refuse it instead. */
async function checkRoot(request: NodeScanRequest): Promise<void> {
  const info = await stat(request.root).catch((error: unknown) => {
    throw new NodeScanError(`--root ${request.rootDisplay}: cannot read (${errorCode(error)})`);
  });
  if (!info.isDirectory()) throw new NodeScanError(`--root ${request.rootDisplay}: not a folder`);
}

/** `bulwark node`: observes the node under the root, judges it with the node rules and its configs with the scan rules. */
export async function scanNode(request: NodeScanRequest): Promise<NodeScanResult> {
  const selected = selectRules(ruleRegistry, request.selection, request.config);
  await checkRoot(request);
  const baseline = await baselineEntries(request.baselineFile);
  const inspection = await inspectNode({
    root: request.root,
    integrity: baseline !== undefined || request.writeBaselineFile !== undefined,
    ...(baseline === undefined ? {} : { baseline }),
  });
  let written: number | undefined;
  if (request.writeBaselineFile !== undefined) {
    const entries = inspection.integrity ?? [];
    try {
      await writeNodeBaseline(request.writeBaselineFile, entries);
    } catch (error) {
      throw new NodeScanError(
        `cannot write --write-baseline ${path.basename(request.writeBaselineFile)} (${errorCode(error)})`,
      );
    }
    written = entries.length;
  }
  const evaluation = evaluateNode(inspection.view, selected.rules);
  const configs = await scanNodeConfigs(inspection.view, request);
  const wanted = request.severities;
  const judged = applyConfigExceptions(evaluation.findings, request.config.exceptions, request.today);
  const nodeFindings =
    wanted === undefined ? judged : judged.filter((finding) => wanted.includes(finding.severity));
  const problems = inspection.problems.map((problem) => ({
    file: problem.path,
    line: 0,
    message: problem.message,
  }));
  return {
    targets: [{ type: 'node', path: request.rootDisplay }],
    findings: [...nodeFindings, ...configs.findings],
    errors: [...problems, ...evaluation.errors, ...configs.errors],
    notes: inspection.notes,
    unknownRuleIds: selected.unknownIds,
    ...(written === undefined ? {} : { baselineEntries: written }),
  };
}
