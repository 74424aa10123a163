import type { AnyRule } from '../../define-rule.js';
import { awsAuthPrivilegedMapping } from './aws-auth-privileged-mapping.js';
import { cloudIdentityOnExposedWorkload } from './cloud-identity-on-exposed-workload.js';
import { metadataServiceReachable } from './metadata-service-reachable.js';

/** Managed-cloud rules (EKS first), by id. */
export const cloudRules: readonly AnyRule[] = [
  awsAuthPrivilegedMapping,
  cloudIdentityOnExposedWorkload,
  metadataServiceReachable,
];
