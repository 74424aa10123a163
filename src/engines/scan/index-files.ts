import type { ClusterIndex, ReportError } from '../../core/index.js';
import { createClusterIndexCollector } from '../../rules/kubernetes/cluster-utils/collect.js';
import { discoverFiles } from './discover.js';
import type { FileJob } from './evaluate-files.js';
import { indexSourceOf } from './index-source.js';
import { loadFiles } from './load-files.js';
import { buildUnits } from './units.js';

export interface IndexedInput {
  cluster: ClusterIndex;
  /** Files that could not be read or parsed, and malformed objects, with their lines. */
  errors: ReportError[];
  /** Manifest files read (Dockerfiles are skipped). */
  files: number;
}

/** The cluster index of files already read: every Kubernetes object of the YAML and JSON among them. */
export function indexJobs(jobs: readonly FileJob[]): IndexedInput {
  const collector = createClusterIndexCollector();
  const errors: ReportError[] = [];
  let files = 0;
  for (const job of jobs) {
    if (job.kind !== 'yaml') continue;
    files += 1;
    const units = buildUnits(job.text, job.display, job.kind, job.identityPath);
    for (const error of units.errors) errors.push({ file: job.display, ...error });
    for (const unit of units.units) {
      const source = indexSourceOf(unit);
      if (source === undefined) continue;
      for (const error of collector.add(source)) errors.push({ file: job.display, ...error });
    }
  }
  return { cluster: collector.build(), errors, files };
}

export interface IndexRequest {
  inputs: readonly string[];
  cwd: string;
  maxFileSizeMB: number;
  /** Ignore patterns (`.bulwark.yaml`), relative to `configRoot`. */
  ignore?: readonly string[];
  configRoot?: string;
  readStdin(): Promise<Uint8Array>;
}

/**
 * Reads files and folders as `scan` finds them (including `kubectl get -o json` List files) into a cluster index,
 * without judging anything: what the access and reachability queries work on.
 */
export async function indexPaths(request: IndexRequest): Promise<IndexedInput> {
  const discovery = await discoverFiles(
    request.inputs,
    request.cwd,
    request.ignore ?? [],
    request.configRoot ?? request.cwd,
  );
  const loaded = await loadFiles(discovery.files, request);
  const indexed = indexJobs(loaded.jobs);
  return { ...indexed, errors: [...discovery.errors, ...loaded.errors, ...indexed.errors] };
}
