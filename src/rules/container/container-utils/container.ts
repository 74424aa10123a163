import type { FieldPath } from '../../../core/index.js';
import type { DockerContainerView, Setting } from '../../../sources/index.js';
import { normalizeHostPath } from '../../shared/host-paths.js';

/** The resource kind of both origins: a running container and a `docker run` line. */
export const containerKinds = ['Container'] as const;

export const runReferenceUrl = 'https://docs.docker.com/reference/cli/docker/container/run/';
export const runningContainersUrl = 'https://docs.docker.com/engine/containers/run/';

/** Message data every container rule starts from. */
export function containerData(
  view: DockerContainerView,
  extra: Record<string, string | number> = {},
): Record<string, string | number> {
  return { container: view.name, ...extra };
}

/** A setting's known value; undefined when it is omitted or a variable decides it. */
export function known<T>(setting: Setting<T> | undefined): T | undefined {
  return setting?.value;
}

/** True for a namespace mode that joins the host's (`--pid host`, `PidMode: "host"`). */
export function isHostMode(setting: Setting<string> | undefined): boolean {
  return setting?.value?.trim().toLowerCase() === 'host';
}

/**
 * Whether a setting that is absent means "not set": always for the engine (it reports every setting), and for a
 * run line only when no variable could have added it.
 */
export function omissionIsKnown(view: DockerContainerView): boolean {
  return !view.opaque;
}

/** Where a finding on an omitted setting points: the whole container (the `docker run` words). */
export const wholeContainer: FieldPath = [];

/** The host side of a bind mount as a normalised absolute path; undefined for volumes and relative paths. */
export function bindHostPath(setting: Setting<{ type: string; source?: string }>): string | undefined {
  const mount = setting.value;
  if (mount === undefined || mount.type !== 'bind' || mount.source === undefined) return undefined;
  return normalizeHostPath(mount.source);
}
