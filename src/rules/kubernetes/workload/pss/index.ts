import type { AnyRule } from '../../../define-rule.js';
import { privilegedContainer } from './privileged-container.js';

/** Pod Security Standards checks, one per PSA check id. Keep sorted by rule id. */
export const pssRules: readonly AnyRule[] = [privilegedContainer];
