import type { FieldPath, Violation } from '../../../core/index.js';
import { RoleObject } from '../cluster-utils/schema.js';
import { defineRule } from '../../define-rule.js';

const wildcardFields = ['verbs', 'apiGroups', 'resources'] as const;

interface Wildcard {
  field: (typeof wildcardFields)[number];
  path: FieldPath;
}

function firstWildcard(rule: Record<(typeof wildcardFields)[number], readonly string[]>, index: number) {
  for (const field of wildcardFields) {
    const position = rule[field].indexOf('*');
    if (position >= 0) return { field, path: ['rules', index, field, position] } satisfies Wildcard;
  }
  return undefined;
}

export const rbacWildcardRule = defineRule({
  id: 'KR019',
  slug: 'rbac-wildcard-rule',
  title: 'Role rule uses a wildcard',
  severity: 'medium',
  domain: 'kubernetes-rbac',
  target: 'kubernetes-object',
  appliesTo: ['Role', 'ClusterRole'],
  rationale:
    'A `*` in verbs, API groups or resources grants everything that exists now and everything added later: new ' +
    'verbs such as `escalate`, new subresources, every custom resource an operator installs. A resource written ' +
    '`pods/*` is not a wildcard at all: Kubernetes only expands `*` and `*/subresource`, so that entry matches ' +
    'nothing and the access it meant to give is missing.',
  remediation:
    'List the verbs, API groups and resources the role needs. Write subresources out (`pods/log`, `pods/exec`) ' +
    'or use `*/log` for one subresource of every resource. ClusterRoles that aggregate, and `cluster-admin` itself, ' +
    'are not reported.',
  references: {
    cis: ['k8s-1.9:5.1.3'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources'],
  },
  messages: {
    wildcard: '{{kind}} {{name}} grants `*` in {{field}}: everything, including what is added later',
    subresourceWildcard:
      '{{kind}} {{name}} lists `{{resource}}`, which Kubernetes does not expand: it matches no subresource',
  },
  *check(view): Iterable<Violation<'wildcard' | 'subresourceWildcard'>> {
    const { kind, name } = view.resource;
    if ((kind !== 'Role' && kind !== 'ClusterRole') || !view.resource.apiVersion?.startsWith('rbac.')) return;
    const parsed = RoleObject.safeParse(view.object);
    if (
      !parsed.success ||
      (kind === 'ClusterRole' && (parsed.data.aggregationRule || name === 'cluster-admin'))
    )
      return;
    for (const [index, rule] of parsed.data.rules.entries()) {
      const wildcard = firstWildcard(rule, index);
      if (wildcard !== undefined)
        yield { messageId: 'wildcard', data: { kind, name, field: wildcard.field }, path: wildcard.path };
      for (const [position, resource] of rule.resources.entries()) {
        if (resource === '*' || !resource.endsWith('/*')) continue;
        yield {
          messageId: 'subresourceWildcard',
          data: { kind, name, resource },
          path: ['rules', index, 'resources', position],
          severity: 'low',
        };
      }
    }
  },
});
