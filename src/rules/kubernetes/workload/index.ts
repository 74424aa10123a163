import type { AnyRule } from '../../define-rule.js';
import { hardeningRules } from './hardening/index.js';
import { pssRules } from './pss/index.js';

export const workloadRules: readonly AnyRule[] = [...pssRules, ...hardeningRules];
