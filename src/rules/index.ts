import type { Registry } from '../core/index.js';
import { createRegistry } from '../core/index.js';
import { composeRules } from './compose/index.js';
import { containerRules } from './container/index.js';
import { daemonRules } from './daemon/index.js';
import type { AnyRule } from './define-rule.js';
import { dockerfileRules } from './dockerfile/index.js';
import { hostRules } from './host/index.js';
import { imageRules } from './image/index.js';
import { cloudRules } from './kubernetes/cloud/index.js';
import { configRules } from './kubernetes/config/index.js';
import { exposureRules } from './kubernetes/exposure/index.js';
import { networkRules } from './kubernetes/network/index.js';
import { rbacRules } from './kubernetes/rbac/index.js';
import { secretsHandlingRules } from './kubernetes/secrets-handling/index.js';
import { workloadRules } from './kubernetes/workload/index.js';
import { nodeRules } from './node/index.js';
import { vulnerabilityRules } from './vulnerability/index.js';

export type { AnyRule, TargetedRule } from './define-rule.js';

export const allRules: readonly AnyRule[] = [
  ...dockerfileRules,
  ...composeRules,
  ...containerRules,
  ...workloadRules,
  ...rbacRules,
  ...networkRules,
  ...exposureRules,
  ...secretsHandlingRules,
  ...cloudRules,
  ...configRules,
  ...imageRules,
  ...daemonRules,
  ...hostRules,
  ...vulnerabilityRules,
  ...nodeRules,
];

export const ruleRegistry: Registry<AnyRule> = createRegistry(allRules);
