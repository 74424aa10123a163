import type { ControlPlaneProcess } from './control-plane.js';
import type { ParsedFlag } from './flags.js';

/** Where a plugin was named in an admission flag. */
export interface PluginMention {
  flag: ParsedFlag;
  plugin: string;
}

/** `--enable-admission-plugins` and the deprecated `--admission-control` it replaced. */
export function enabledPlugins(instance: ControlPlaneProcess): PluginMention[] {
  return ['enable-admission-plugins', 'admission-control'].flatMap((name) =>
    instance.flags.list(name).map(({ item, flag }) => ({ flag, plugin: item })),
  );
}

export function disabledPlugins(instance: ControlPlaneProcess): PluginMention[] {
  return instance.flags.list('disable-admission-plugins').map(({ item, flag }) => ({ flag, plugin: item }));
}
