import type { FieldPath } from '../../../../../core/index.js';
import type { ContainerView, PodSpecView } from '../../../../../sources/index.js';
import { containerSecurityContextPath, podSecurityContextPath } from './policy.js';

/** Seccomp moved from annotations to `securityContext.seccompProfile` in 1.19; PSA judges the field from then on. */
export const seccompFieldSince = 19;

export function validSeccompType(type: string | undefined): boolean {
  return type === 'RuntimeDefault' || type === 'Localhost';
}

export interface ExplicitSeccomp {
  /** Undefined for the pod-level profile. */
  entry?: ContainerView;
  type: string;
  path: FieldPath;
}

/**
 * Profiles set to a value other than RuntimeDefault or Localhost, pod level first. A profile object without a type is
 * a bad value too, as in PSA. Both the baseline and the restricted seccomp checks reject exactly these.
 */
export function badSeccompProfiles(view: PodSpecView): ExplicitSeccomp[] {
  const bad: ExplicitSeccomp[] = [];
  const podProfile = view.spec.securityContext?.seccompProfile;
  if (podProfile !== null && podProfile !== undefined && !validSeccompType(podProfile.type))
    bad.push({ type: podProfile.type ?? '', path: podSecurityContextPath(view, 'seccompProfile', 'type') });
  for (const entry of view.containers) {
    const profile = entry.container.securityContext?.seccompProfile;
    if (profile === null || profile === undefined || validSeccompType(profile.type)) continue;
    bad.push({
      entry,
      type: profile.type ?? '',
      path: containerSecurityContextPath(entry, 'seccompProfile', 'type'),
    });
  }
  return bad;
}
