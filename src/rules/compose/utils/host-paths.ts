import { resolveDefaults } from '../../../sources/compose/interpolation.js';
import type { ComposeVolumeView } from '../../../sources/index.js';
import type { RuntimeSocketExposure } from '../../shared/host-paths.js';
import { normalizeHostPath, runtimeSocketExposure } from '../../shared/host-paths.js';

/**
 * The host side of a bind mount or named pipe as Compose would use it with every variable unset
 * (`${DOCKER_SOCK:-/var/run/docker.sock}` is its default); undefined for volumes and for values a variable decides.
 */
function hostSourceOf(volume: ComposeVolumeView): string | undefined {
  if ((volume.type !== 'bind' && volume.type !== 'npipe') || volume.source === undefined) return undefined;
  return resolveDefaults(volume.source.trim());
}

/** The host side of a bind mount as a normalised absolute path; undefined for named volumes and unknown paths. */
export function hostPathOf(volume: ComposeVolumeView): string | undefined {
  const source = hostSourceOf(volume);
  return source === undefined ? undefined : normalizeHostPath(source);
}

/** A mount that gives the container the Docker, containerd, CRI-O or Podman API, as a pod's hostPath would. */
export function runtimeSocketOf(volume: ComposeVolumeView): RuntimeSocketExposure | undefined {
  const source = hostSourceOf(volume);
  return source === undefined ? undefined : runtimeSocketExposure(source);
}
