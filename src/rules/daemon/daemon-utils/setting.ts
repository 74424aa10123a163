import type { FieldPath, PlainData } from '../../../core/index.js';
import type { DaemonSettingOrigin, DockerDaemonView } from '../../../sources/index.js';
import { dockerdDefaults } from '../../../sources/index.js';

/** One setting as dockerd will use it: what was written, or dockerd's default when nothing was. */
export interface EffectiveSetting {
  value: PlainData | undefined;
  /** True when a flag or daemon.json gave it; false when the value is dockerd's default. */
  explicit: boolean;
  origin?: DaemonSettingOrigin;
  path: FieldPath;
}

export function effectiveSetting(view: DockerDaemonView, key: string): EffectiveSetting {
  const origin = view.origins[key];
  if (Object.hasOwn(view.settings, key)) {
    const value = view.settings[key];
    return origin === undefined
      ? { value, explicit: true, path: [key] }
      : { value, explicit: true, origin, path: [key] };
  }
  return { value: dockerdDefaults[key], explicit: false, path: [key] };
}

/** Says why an omitted setting takes the default: the file alone, or the running daemon's flags and file. */
export function omittedIn(view: DockerDaemonView): string {
  return view.live ? 'neither a dockerd flag nor daemon.json sets it' : 'daemon.json does not set it';
}

/** `"icc": true` for a file key, or the flag as written for a live daemon. */
export function writtenAs(setting: EffectiveSetting): string {
  if (setting.origin?.flag !== undefined) return setting.origin.flag;
  return `"${String(setting.path[0])}": ${JSON.stringify(setting.value)}`;
}

export function isTrue(value: PlainData | undefined): boolean {
  return value === true;
}

export function stringsOf(value: PlainData | undefined): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is string => typeof item === 'string');
}
