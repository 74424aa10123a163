import type { CoverageEntry, Finding, Registry, ReportError, ReportTarget } from '../../core/index.js';
import type { AnyRule } from '../../rules/index.js';
import type { ConnectionRequest } from './connection.js';
import { connect } from './connection.js';
import type { JudgeSettings } from './judge.js';
import { judgeObjects } from './judge.js';
import { kindKey, listedKinds } from './kinds.js';
import { listLive } from './list-live.js';
import type { RawObject } from './objects.js';
import { prepareObject } from './objects.js';
import { readSnapshots } from './snapshot.js';
import { createApiGet } from './transport.js';

export interface LiveSource {
  type: 'live';
  connection: ConnectionRequest;
  /** Each request must answer within this time; a kind whose request does not is a coverage gap. */
  timeoutMs: number;
  pageSize: number;
}

export interface SnapshotSource {
  type: 'snapshot';
  paths: readonly string[];
  cwd: string;
}

export interface ClusterAuditRequest extends JudgeSettings {
  source: LiveSource | SnapshotSource;
}

export interface ClusterAuditResult {
  targets: ReportTarget[];
  findings: Finding[];
  errors: ReportError[];
  coverage: CoverageEntry[];
  notes: string[];
  unknownRuleIds: string[];
  /** True when a kind could not be listed (forbidden, failed) or the cluster did not answer. */
  incomplete: boolean;
  /** Ids of the rules that judged something (see `Rule.judges`), sorted. */
  judgedRuleIds: string[];
}

interface Gathered {
  targets: ReportTarget[];
  objects: RawObject[];
  errors: ReportError[];
  coverage: CoverageEntry[];
  notes: string[];
}

const clusterFile = 'cluster';

function gapError(entry: CoverageEntry): ReportError {
  const what = `${entry.kind} (${entry.apiVersion})`;
  const reason = entry.status === 'forbidden' ? 'forbidden' : 'failed';
  return { file: clusterFile, line: 0, message: `could not list ${what}: ${reason}: ${entry.message ?? ''}` };
}

async function gatherLive(source: LiveSource, namespace: string | undefined): Promise<Gathered> {
  const connected = await connect(source.connection);
  if (!connected.ok)
    return {
      targets: [],
      objects: [],
      coverage: [],
      notes: [],
      errors: [{ file: clusterFile, line: 0, message: connected.message }],
    };
  const { connection } = connected;
  const get = createApiGet(connection, source.timeoutMs);
  const listing = await listLive(get, { pageSize: source.pageSize, ...(namespace ? { namespace } : {}) });
  const targets: ReportTarget[] = [{ type: 'kubernetes', path: `cluster:${connection.context}` }];
  if (listing.unreachable !== undefined) {
    const message = `cluster unreachable at ${connection.server}: ${listing.unreachable}`;
    return {
      targets,
      objects: [],
      coverage: listing.coverage,
      notes: [],
      errors: [{ file: clusterFile, line: 0, message }],
    };
  }
  const errors = listing.coverage
    .filter((entry) => entry.status === 'forbidden' || entry.status === 'failed')
    .map(gapError);
  return { targets, objects: listing.objects, coverage: listing.coverage, notes: [], errors };
}

/** A snapshot says which kinds it holds; a kind it lacks may still exist in the cluster, and a note says so. */
function snapshotCoverage(objects: readonly RawObject[]): { coverage: CoverageEntry[]; notes: string[] } {
  const counts = new Map<string, CoverageEntry>();
  for (const raw of objects) {
    const kind = typeof raw.object['kind'] === 'string' ? raw.object['kind'] : raw.kind;
    const apiVersion =
      typeof raw.object['apiVersion'] === 'string' ? raw.object['apiVersion'] : raw.apiVersion;
    const key = kindKey(kind, apiVersion);
    const entry = counts.get(key) ?? { kind, apiVersion, status: 'listed', count: 0 };
    entry.count = (entry.count ?? 0) + 1;
    counts.set(key, entry);
  }
  const seenKinds = new Set([...counts.values()].map((entry) => entry.kind));
  const missing = listedKinds
    .filter((listed) => !listed.optional && !seenKinds.has(listed.kind))
    .map((listed) => listed.kind);
  const notes =
    missing.length === 0
      ? []
      : [`the snapshot holds no ${missing.join(', ')}: objects of these kinds were not judged`];
  return { coverage: [...counts.values()], notes };
}

async function gatherSnapshot(source: SnapshotSource): Promise<Gathered> {
  const read = await readSnapshots(source.paths, source.cwd);
  const { coverage, notes } = snapshotCoverage(read.objects);
  const targets = read.files.map((file): ReportTarget => ({ type: 'kubernetes', path: file }));
  return { targets, objects: read.objects, errors: read.errors, coverage, notes };
}

/**
 * Audits a live cluster (through its kubeconfig) or a `kubectl get -o json` snapshot with the scan's rules. The
 * same objects give the same findings either way; what could not be seen is in `coverage` and `errors`.
 */
export async function auditCluster(
  request: ClusterAuditRequest,
  registry: Registry<AnyRule>,
): Promise<ClusterAuditResult> {
  const gathered =
    request.source.type === 'live'
      ? await gatherLive(request.source, request.namespace)
      : await gatherSnapshot(request.source);
  const objects = gathered.objects.map(prepareObject);
  const judgement = judgeObjects(objects, request, registry);
  const incomplete =
    request.source.type === 'live' &&
    (gathered.errors.length > 0 ||
      gathered.coverage.some((entry) => entry.status === 'forbidden' || entry.status === 'failed'));
  return {
    targets: gathered.targets,
    findings: judgement.findings,
    errors: [...gathered.errors, ...judgement.errors],
    coverage: gathered.coverage,
    notes: gathered.notes,
    unknownRuleIds: judgement.unknownRuleIds,
    incomplete,
    judgedRuleIds: judgement.judgedRuleIds,
  };
}
