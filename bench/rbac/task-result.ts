// What the cluster-bench child prints, shared by the parent (which spawns it) and the child.

export const clusterResultMarker = 'CLUSTER_BENCH_RESULT ';

export type ClusterTask = 'scan' | 'permissions';

export interface ClusterTaskResult {
  task: ClusterTask;
  cpuMs: number;
  maxRssKiB: number;
  /** scan: findings; permissions: subjects. */
  count: number;
  /** scan: input errors; permissions: grants summed over subjects. */
  detail: number;
  /** permissions: reading and indexing the files; scan: the scan with its JSON report written. */
  indexMs?: number;
  /** Effective permissions of every subject (both tasks; the scan computes them on its own index). */
  permissionsMs?: number;
  /** scan only: the full reachability matrix on the scan's index. */
  matrixMs?: number;
}
