import type { AnyRule } from '../../define-rule.js';
import { privilegedContainer } from './privileged-container.js';

export const workloadRules: readonly AnyRule[] = [privilegedContainer];
