import type { AnyRule } from '../define-rule.js';
import { contentTrustDisabled } from './content-trust-disabled.js';

/** Docker host rules about images and the client environment (CIS Docker §4), by id. */
export const hostRules: readonly AnyRule[] = [
  contentTrustDisabled, // DH100
];
