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

export interface MissingResource {
  entry: ContainerView;
  /** Where the missing quantity belongs: `…containers[0].resources.limits.memory`. */
  path: FieldPath;
}

// Ephemeral containers may not declare resources (the API rejects them), so only init and regular containers count.
function sizedContainers(view: PodSpecView): ContainerView[] {
  return view.containers.filter((entry) => entry.group !== 'ephemeralContainers');
}

/** Containers without `resources.limits.<resource>`. */
export function* missingLimits(view: PodSpecView, resource: ComputeResource): Generator<MissingResource> {
  for (const entry of sizedContainers(view)) {
    if (isSet(entry.container.resources?.limits, resource)) continue;
    yield { entry, path: [...entry.path, 'resources', 'limits', resource] };
  }
}

/** Containers without `resources.requests.<resource>`; a limit alone counts, since the request defaults to it. */
export function* missingRequests(view: PodSpecView, resource: ComputeResource): Generator<MissingResource> {
  for (const entry of sizedContainers(view)) {
    const resources = entry.container.resources;
    if (isSet(resources?.requests, resource) || isSet(resources?.limits, resource)) continue;
    yield { entry, path: [...entry.path, 'resources', 'requests', resource] };
  }
}
