import type { AnyRule } from '../../../define-rule.js';

/** Workload best practice beyond Pod Security. Keep sorted by rule id. */
export const hardeningRules: readonly AnyRule[] = [];
