import type { Location } from './location.js';

export const targetTypes = [
  'kubernetes',
  'dockerfile',
  'compose',
  'image',
  'daemon',
  'audit-log',
  'node',
  'script',
] as const;
export type TargetType = (typeof targetTypes)[number];

/**
 * One thing a rule can judge: a Kubernetes object, a Dockerfile stage, a compose service, an image, a daemon config,
 * an audit event. `doc` is the parsed document as plain data; typed views over it live in `sources/`.
 */
export interface Resource<Doc = unknown> {
  kind: string;
  apiVersion?: string;
  name: string;
  namespace?: string;
  source: Location;
  doc: Doc;
}

export interface ResourceRef {
  kind: string;
  namespace?: string;
  name: string;
}

export function resourceRef(resource: Pick<Resource, 'kind' | 'namespace' | 'name'>): ResourceRef {
  return resource.namespace === undefined
    ? { kind: resource.kind, name: resource.name }
    : { kind: resource.kind, namespace: resource.namespace, name: resource.name };
}
