export type { Catalogue, ComplianceFramework, ControlDefinition, RuleReferenceView } from './catalogue.js';
export { complianceFrameworks, isComplianceFramework } from './catalogue.js';
export { catalogueFor, catalogues } from './catalogues.js';
export { compareControlIds } from './control-order.js';
export type { ComplianceInputs } from './evaluate.js';
export { evaluateCompliance } from './evaluate.js';
export { nsaCisaRuleMapping } from './nsa-cisa.js';
export { reportTargetsFor } from './rule-targets.js';
