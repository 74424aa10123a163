// The measured tasks, shared by the parent (which spawns them) and the child (which runs one in-process).

export const measureTasks = [
  'scan-full',
  'scan-yaml',
  'scan-dockerfiles',
  'parse-yaml',
  'parse-js-yaml',
  'dockerfilelint',
  'dockerfile_lint',
] as const;
export type MeasureTask = (typeof measureTasks)[number];

export function isMeasureTask(value: string): value is MeasureTask {
  return (measureTasks as readonly string[]).includes(value);
}

/** Folders of the corpus each task reads. */
export const corpusFolders = {
  kubernetes: 'kubernetes',
  compose: 'compose',
  dockerfiles: 'dockerfiles',
} as const;

/** What the child prints as its last line, after this marker, as JSON. */
export const resultMarker = 'BENCH_RESULT ';

export interface ChildResult {
  task: MeasureTask;
  /** `process.resourceUsage().maxRSS` of the child, in KiB. */
  maxRssKiB: number;
  /** User + system CPU time of every thread of the child (a scan may use a worker thread), in milliseconds. */
  cpuMs: number;
  /** Time from process start to the end of the work, as the child saw it. */
  inProcessMs: number;
  /** Files the task read. */
  files: number;
  /** Documents parsed, or issues reported by a Dockerfile linter; for scans, the CLI's exit code. */
  count: number;
}
