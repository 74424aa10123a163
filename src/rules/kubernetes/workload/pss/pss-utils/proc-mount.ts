import type { ContainerView, PodSpecView } from '../../../../../sources/index.js';

export interface ProcMountUse {
  entry: ContainerView;
  value: string;
}

/** Containers whose `securityContext.procMount` is set to anything but `Default` (unset is the default). */
export function nonDefaultProcMounts(view: PodSpecView): ProcMountUse[] {
  const uses: ProcMountUse[] = [];
  for (const entry of view.containers) {
    const value = entry.container.securityContext?.procMount;
    if (value === null || value === undefined || value === 'Default') continue;
    uses.push({ entry, value });
  }
  return uses;
}

/** From policy 1.35 the restricted `procMount_restricted` check replaces the (then relaxed) baseline one. */
export const procMountRestrictedSince = 35;
