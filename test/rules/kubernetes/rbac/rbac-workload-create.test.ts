import { rbacWorkloadCreate } from '../../../../src/rules/kubernetes/rbac/rbac-workload-create.js';
import { ruleTester } from '../../../support/rule-tester.js';
import type { RuleSpec } from './rbac-manifests.js';
import { manifest, role, roleBinding, sa, subjectLineOf } from './rbac-manifests.js';

function bound(rules: RuleSpec[]): string {
  return manifest(role('r', rules), roleBinding('r', { kind: 'Role', name: 'r' }, [sa('ci')]));
}

const pods = bound([{ apiGroups: [''], resources: ['pods'], verbs: ['create'] }]);
const deployments = bound([{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['patch'] }]);
const cronjobs = bound([{ apiGroups: ['batch'], resources: ['cronjobs', 'jobs'], verbs: ['update'] }]);
const anyGroup = bound([{ apiGroups: ['*'], resources: ['daemonsets'], verbs: ['create'] }]);

ruleTester(rbacWorkloadCreate, {
  valid: [
    {
      name: 'read pods',
      code: bound([{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch'] }]),
    },
    { name: 'delete pods', code: bound([{ apiGroups: [''], resources: ['pods'], verbs: ['delete'] }]) },
    {
      name: 'deployments of the wrong group',
      code: bound([{ apiGroups: [''], resources: ['deployments'], verbs: ['create'] }]),
    },
    {
      name: 'a subresource is not the pod',
      code: bound([{ apiGroups: [''], resources: ['pods/log'], verbs: ['create'] }]),
    },
    { name: 'resources omitted', code: bound([{ apiGroups: [''], verbs: ['create'] }]) },
    {
      name: 'create limited to names creates nothing',
      code: bound([{ apiGroups: [''], resources: ['pods'], resourceNames: ['a'], verbs: ['create'] }]),
    },
  ],
  invalid: [
    { name: 'create pods', code: pods, errors: [{ line: subjectLineOf(pods, 'ci'), messageId: 'grant' }] },
    { name: 'patch deployments', code: deployments, errors: [{ line: subjectLineOf(deployments, 'ci') }] },
    { name: 'update jobs and cronjobs', code: cronjobs, errors: [{ line: subjectLineOf(cronjobs, 'ci') }] },
    { name: 'daemonsets in any group', code: anyGroup, errors: [{ line: subjectLineOf(anyGroup, 'ci') }] },
  ],
});
