import type { Registry } from '../core/index.js';
import { createRegistry } from '../core/index.js';
import { composeRules } from './compose/index.js';
import type { AnyRule } from './define-rule.js';
import { dockerfileRules } from './dockerfile/index.js';
import { imageRules } from './image/index.js';
import { cloudRules } from './kubernetes/cloud/index.js';
import { exposureRules } from './kubernetes/exposure/index.js';
import { networkRules } from './kubernetes/network/index.js';
import { rbacRules } from './kubernetes/rbac/index.js';
import { secretsHandlingRules } from './kubernetes/secrets-handling/index.js';
import { workloadRules } from './kubernetes/workload/index.js';
import { vulnerabilityRules } from './vulnerability/index.js';

export type { AnyRule, TargetedRule } from './define-rule.js';

export const allRules: readonly AnyRule[] = [
  ...dockerfileRules,
  ...composeRules,
  ...workloadRules,
  ...rbacRules,
  ...networkRules,
  ...exposureRules,
  ...secretsHandlingRules,
  ...cloudRules,
  ...imageRules,
  ...vulnerabilityRules,
];

export const ruleRegistry: Registry<AnyRule> = createRegistry(allRules);
