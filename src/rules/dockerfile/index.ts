import type { AnyRule } from '../define-rule.js';

export const dockerfileRules: readonly AnyRule[] = [];
