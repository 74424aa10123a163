// What the snapshot-bench child prints, shared by the parent (which spawns it) and the child.

export const snapshotResultMarker = 'CLUSTER_SNAPSHOT_RESULT ';

export interface SnapshotTaskResult {
  exitCode: number;
  cpuMs: number;
  maxRssKiB: number;
}
