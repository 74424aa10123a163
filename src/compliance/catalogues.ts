import type { Catalogue, ComplianceFramework } from './catalogue.js';
import { cisDocker16 } from './cis-docker-1-6.js';
import { cisKubernetes19 } from './cis-kubernetes-1-9.js';
import { nsaCisa } from './nsa-cisa.js';
import { pssBaseline, pssRestricted } from './pod-security-standards.js';

export const catalogues: Readonly<Record<ComplianceFramework, Catalogue>> = {
  'cis-docker-1.6': cisDocker16,
  'cis-k8s': cisKubernetes19,
  'nsa-cisa': nsaCisa,
  'pss-baseline': pssBaseline,
  'pss-restricted': pssRestricted,
};

export function catalogueFor(framework: ComplianceFramework): Catalogue {
  return catalogues[framework];
}
