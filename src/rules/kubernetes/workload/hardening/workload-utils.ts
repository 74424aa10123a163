import type { FieldPath } from '../../../../core/index.js';
import type { ContainerView, PodSpecView } from '../../../../sources/index.js';

/** Jobs, CronJobs and pods with `restartPolicy` Never or OnFailure run to completion instead of serving. */
export function runsToCompletion(view: PodSpecView): boolean {
  if (view.kind === 'Job' || view.kind === 'CronJob') return true;
  const policy = view.spec['restartPolicy'];
  return policy === 'Never' || policy === 'OnFailure';
}

/** Windows pods reject Linux-only security fields such as `readOnlyRootFilesystem`. */
export function isWindowsPod(view: PodSpecView): boolean {
  return view.spec.os?.name === 'windows';
}

export type ComputeResource = 'cpu' | 'memory';

type Quantities = Readonly<Record<string, string | number>> | null | undefined;

function isSet(quantities: Quantities, resource: ComputeResource): boolean {
  const value = quantities?.[resource];
  return value !== undefined && value !== '';
}

export interface MissingField {
  entry: ContainerView;
  /** Where the missing field belongs: `…containers[0].resources.limits.memory`, `…containers[0].livenessProbe`. */
  path: FieldPath;
}

// Ephemeral containers may not declare resources (the API rejects them), so only init and regular containers count.
function sizedContainers(view: PodSpecView): ContainerView[] {
  return view.containers.filter((entry) => entry.group !== 'ephemeralContainers');
}

/** Containers without `resources.limits.<resource>`. */
export function* missingLimits(view: PodSpecView, resource: ComputeResource): Generator<MissingField> {
  for (const entry of sizedContainers(view)) {
    if (isSet(entry.container.resources?.limits, resource)) continue;
    yield { entry, path: [...entry.path, 'resources', 'limits', resource] };
  }
}

/** Containers without `resources.requests.<resource>`; a limit alone counts, since the request defaults to it. */
export function* missingRequests(view: PodSpecView, resource: ComputeResource): Generator<MissingField> {
  for (const entry of sizedContainers(view)) {
    const resources = entry.container.resources;
    if (isSet(resources?.requests, resource) || isSet(resources?.limits, resource)) continue;
    yield { entry, path: [...entry.path, 'resources', 'requests', resource] };
  }
}

export type ServingProbe = 'livenessProbe' | 'readinessProbe';

/**
 * Regular containers of a serving workload without the probe. Workloads that run to completion, init containers
 * (they finish before the pod serves) and ephemeral containers (they cannot have probes) are exempt.
 */
export function* missingProbes(view: PodSpecView, probe: ServingProbe): Generator<MissingField> {
  if (runsToCompletion(view)) return;
  for (const entry of view.containers) {
    if (entry.group !== 'containers' || entry.container[probe]) continue;
    yield { entry, path: [...entry.path, probe] };
  }
}

/**
 * A volume every container mounts read-only; a volume no container mounts counts as writable, since an ephemeral
 * debug container can still mount it later.
 */
export function isMountedReadOnly(view: PodSpecView, volumeName: string | undefined): boolean {
  if (volumeName === undefined) return false;
  let mounted = false;
  for (const entry of view.containers) {
    for (const mount of entry.container.volumeMounts ?? []) {
      if (mount.name !== volumeName) continue;
      if (mount.readOnly !== true) return false;
      mounted = true;
    }
  }
  return mounted;
}
