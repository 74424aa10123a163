import type { AnyRule } from '../define-rule.js';

// Keep alphabetical by file name.
export const composeRules: readonly AnyRule[] = [];
