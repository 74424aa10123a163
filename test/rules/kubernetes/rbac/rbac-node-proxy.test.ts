import { rbacNodeProxy } from '../../../../src/rules/kubernetes/rbac/rbac-node-proxy.js';
import { ruleTester } from '../../../support/rule-tester.js';
import type { RuleSpec } from './rbac-manifests.js';
import {
  clusterRole,
  clusterRoleBinding,
  manifest,
  roleBinding,
  sa,
  subjectLineOf,
} from './rbac-manifests.js';

function cluster(rules: RuleSpec[]): string {
  return manifest(
    clusterRole('c', rules),
    clusterRoleBinding('c', { kind: 'ClusterRole', name: 'c' }, [sa('agent', 'monitoring')]),
  );
}

const proxy = cluster([{ apiGroups: [''], resources: ['nodes/proxy'], verbs: ['get'] }]);
const legacy = cluster([{ apiGroups: [''], resources: ['nodes'], verbs: ['proxy'] }]);

ruleTester(rbacNodeProxy, {
  valid: [
    {
      name: 'metrics and stats',
      code: cluster([{ apiGroups: [''], resources: ['nodes/metrics', 'nodes/stats'], verbs: ['get'] }]),
    },
    {
      name: 'a RoleBinding cannot reach nodes',
      code: manifest(
        clusterRole('c', [{ apiGroups: [''], resources: ['nodes/proxy'], verbs: ['get'] }]),
        roleBinding('c', { kind: 'ClusterRole', name: 'c' }, [sa('agent')]),
      ),
    },
  ],
  invalid: [
    {
      name: 'get nodes/proxy',
      code: proxy,
      errors: [{ line: subjectLineOf(proxy, 'agent'), messageId: 'grant' }],
    },
    { name: 'proxy verb on nodes', code: legacy, errors: [{ line: subjectLineOf(legacy, 'agent') }] },
  ],
});
