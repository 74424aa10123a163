import { defaultGroupOf } from '../../rules/kubernetes/cluster-utils/api-resources.js';
import type { AccessQuery } from '../../rules/kubernetes/cluster-utils/permissions.js';

export type QueryParse = { query: AccessQuery } | { error: string };

const resourcePattern =
  /^(?<resource>[a-z0-9*][a-z0-9-]*|\*)(?:\.(?<group>[a-z0-9.-]+))?(?:\/(?<subresource>[a-z0-9*-]+))?$/;

/**
 * `who-can` arguments as kubectl writes them: `pods`, `pods/exec`, `deployments.apps`, `deployments.apps/scale`,
 * or a non-resource URL (`/metrics`). A resource named without a group is looked up in the built-in API; an
 * unknown one is asked about in every group.
 */
export function parseAccessQuery(
  verb: string,
  resourceText: string,
  namespace: string | undefined,
): QueryParse {
  const cleanVerb = verb.trim();
  if (cleanVerb === '') return { error: 'the verb is empty' };
  if (resourceText.startsWith('/')) {
    if (namespace !== undefined) return { error: 'a non-resource URL has no namespace: drop -n' };
    return { query: { type: 'path', verb: cleanVerb, path: resourceText } };
  }
  const groups = resourcePattern.exec(resourceText.trim().toLowerCase())?.groups;
  const resource = groups?.['resource'];
  if (groups === undefined || resource === undefined)
    return {
      error: `cannot read resource "${resourceText}": write it as RESOURCE[.GROUP][/SUBRESOURCE] (pods/exec, deployments.apps)`,
    };
  const group = groups['group'] ?? defaultGroupOf(resource);
  const subresource = groups['subresource'];
  return {
    query: {
      type: 'resource',
      request: {
        verb: cleanVerb,
        resource,
        ...(group === undefined ? {} : { group }),
        ...(subresource === undefined ? {} : { subresource }),
      },
      ...(namespace === undefined ? {} : { namespace }),
    },
  };
}
