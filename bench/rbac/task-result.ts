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
  /** permissions only: reading and indexing the files, then the effective permissions. */
  indexMs?: number;
  permissionsMs?: number;
}
