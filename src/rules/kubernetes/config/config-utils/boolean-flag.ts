import type { Violation } from '../../../../core/index.js';
import type { ControlPlaneProcess } from './control-plane.js';
import { goBool } from './flags.js';
import { atFlag, atMissingFlag } from './report.js';

/**
 * Judges a boolean flag that must end up `expected`: written otherwise → `wrong` at the flag; omitted while the
 * component's default differs → `omitted` at the command list.
 */
export function* booleanFlagViolations(
  instance: ControlPlaneProcess,
  name: string,
  expected: boolean,
  componentDefault: boolean,
): Iterable<Violation<'omitted' | 'wrong'>> {
  const flag = instance.flags.get(name);
  if (flag === undefined) {
    if (componentDefault !== expected) yield atMissingFlag(instance, `--${name}`, 'omitted');
    return;
  }
  if (goBool(flag.value) !== expected) yield atFlag(instance, flag, 'wrong');
}
