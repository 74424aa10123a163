import type { Violation } from '../../../../core/index.js';
import type { ControlPlaneProcess } from './control-plane.js';
import { atMissingFlag } from './report.js';

/** One violation per absent (or empty) flag of `names`, each pointing at the command list. */
export function* missingFlags<MessageId extends string>(
  instance: ControlPlaneProcess,
  names: readonly string[],
  messageId: MessageId,
): Iterable<Violation<MessageId>> {
  for (const name of names) {
    const flag = instance.flags.get(name);
    if (flag === undefined || flag.value === '') yield atMissingFlag(instance, `--${name}`, messageId);
  }
}
