import type { Registry } from '../core/index.js';
import { createRegistry } from '../core/index.js';
import { composeRules } from './compose/index.js';
import type { AnyRule } from './define-rule.js';
import { dockerfileRules } from './dockerfile/index.js';
import { workloadRules } from './kubernetes/workload/index.js';

export type { AnyRule, TargetedRule } from './define-rule.js';

export const allRules: readonly AnyRule[] = [...dockerfileRules, ...composeRules, ...workloadRules];

export const ruleRegistry: Registry<AnyRule> = createRegistry(allRules);
