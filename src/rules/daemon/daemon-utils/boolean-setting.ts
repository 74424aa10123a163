import type { PlainData, Violation } from '../../../core/index.js';
import type { DockerDaemonView } from '../../../sources/index.js';
import { effectiveSetting, omittedIn, writtenAs } from './setting.js';

export type BooleanMessageId = 'set' | 'defaulted';

/**
 * Judges one on/off setting: `set` when a flag or daemon.json chose the unsafe value, `defaulted` when it is
 * omitted and dockerd's default is the unsafe one.
 */
export function checkBooleanSetting(
  view: DockerDaemonView,
  key: string,
  unsafe: (value: PlainData | undefined) => boolean,
): Violation<BooleanMessageId> | undefined {
  const setting = effectiveSetting(view, key);
  if (!unsafe(setting.value)) return undefined;
  return setting.explicit
    ? { messageId: 'set', data: { written: writtenAs(setting) }, path: setting.path }
    : { messageId: 'defaulted', data: { omitted: omittedIn(view) }, path: setting.path };
}
