import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AccessQuery } from '../../../../../src/rules/kubernetes/cluster-utils/permissions.js';
import {
  allSubjects,
  effectivePermissions,
  grantsOf,
  whoCan,
} from '../../../../../src/rules/kubernetes/cluster-utils/permissions.js';
import { rulesOfRole } from '../../../../../src/rules/kubernetes/cluster-utils/roles.js';
import type { SubjectRef } from '../../../../../src/rules/kubernetes/cluster-utils/subjects.js';
import {
  describeSubject,
  parseSubject,
  subjectKey,
} from '../../../../../src/rules/kubernetes/cluster-utils/subjects.js';
import {
  clusterRole,
  clusterRoleBinding,
  deployment,
  group,
  manifest,
  role,
  roleBinding,
  sa,
  serviceAccount,
  user,
} from '../rbac-manifests.js';
import { indexOf } from './index-of.js';

function who(code: string, query: AccessQuery): string[] {
  return whoCan(indexOf(code), query).map(
    (entry) =>
      `${describeSubject(entry.subject)} via ${entry.grant.binding.name}${entry.match.answer.allows === 'names' ? ` only ${entry.match.answer.names.join(',')}` : ''}`,
  );
}

/** Every answer includes the built-in binding of `system:masters` to cluster-admin. */
function withoutMasters(lines: readonly string[]): string[] {
  return lines.filter((line) => line !== 'Group system:masters via cluster-admin');
}

const getSecrets = (namespace?: string): AccessQuery => ({
  type: 'resource',
  request: { verb: 'get', group: '', resource: 'secrets' },
  ...(namespace === undefined ? {} : { namespace }),
});

describe('effective permissions', () => {
  it('a RoleBinding to a ClusterRole grants only in its namespace; a ClusterRoleBinding everywhere', () => {
    const code = manifest(
      clusterRole('secret-reader', [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }]),
      roleBinding('in-shop', { kind: 'ClusterRole', name: 'secret-reader' }, [sa('web')]),
      clusterRoleBinding('everywhere', { kind: 'ClusterRole', name: 'secret-reader' }, [user('auditor')]),
    );
    const masters = 'Group system:masters via cluster-admin';
    assert.deepEqual(who(code, getSecrets('shop')), [
      masters,
      'ServiceAccount shop/web via in-shop',
      'User auditor via everywhere',
    ]);
    assert.deepEqual(who(code, getSecrets('billing')), [masters, 'User auditor via everywhere']);
    assert.deepEqual(who(code, getSecrets()), [
      masters,
      'ServiceAccount shop/web via in-shop',
      'User auditor via everywhere',
    ]);
  });

  it('a namespaced grant never reaches a cluster-scoped resource', () => {
    const code = manifest(
      clusterRole('nodes', [{ apiGroups: [''], resources: ['nodes'], verbs: ['get'] }]),
      roleBinding('nodes', { kind: 'ClusterRole', name: 'nodes' }, [sa('web')]),
    );
    assert.deepEqual(
      who(code, { type: 'resource', request: { verb: 'get', group: '', resource: 'nodes' } }),
      ['Group system:masters via cluster-admin'],
    );
  });

  it('resourceNames limit the answer to names', () => {
    const code = manifest(
      role('db', [{ apiGroups: [''], resources: ['secrets'], resourceNames: ['db'], verbs: ['get'] }]),
      roleBinding('db', { kind: 'Role', name: 'db' }, [sa('web')]),
    );
    assert.deepEqual(withoutMasters(who(code, getSecrets('shop'))), [
      'ServiceAccount shop/web via db only db',
    ]);
  });

  it('aggregation: label selectors over ClusterRoles, nested, without looping on cycles', () => {
    const aggregating = (name: string, selector: string, labels: string) =>
      clusterRole(name, [])
        .replace(`  name: ${name}\n`, `  name: ${name}\n  labels: {${labels}}\n`)
        .replace('rules: []', `aggregationRule:\n  clusterRoleSelectors:\n    - ${selector}\nrules: []`);
    const code = manifest(
      aggregating('outer', 'matchLabels: {tier: inner}', 'tier: outer'),
      aggregating(
        'inner',
        "matchExpressions: [{key: part, operator: In, values: ['a', 'b']}]",
        'tier: inner',
      ),
      clusterRole('part-a', [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }], { part: 'a' }),
      clusterRole('part-c', [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }], { part: 'c' }),
      aggregating('loop-1', 'matchLabels: {loop: "2"}', 'loop: "1"'),
      aggregating('loop-2', 'matchLabels: {loop: "1"}', 'loop: "2"'),
      clusterRoleBinding('outer', { kind: 'ClusterRole', name: 'outer' }, [group('ops')]),
    );
    const index = indexOf(code);
    const outer = index.roles.find((entry) => entry.name === 'outer');
    assert.ok(outer);
    assert.deepEqual(
      rulesOfRole(index, outer).map((granted) => `${granted.role.name}:${granted.rule.resources.join(',')}`),
      ['part-a:secrets'],
    );
    const loop = index.roles.find((entry) => entry.name === 'loop-1');
    assert.ok(loop);
    assert.deepEqual(rulesOfRole(index, loop), []);
    assert.deepEqual(withoutMasters(who(code, getSecrets('shop'))), ['Group ops via outer']);
  });

  it('built-in roles aggregate scanned ClusterRoles labelled for them', () => {
    const code = manifest(
      clusterRole('crd-editor', [{ apiGroups: ['example.com'], resources: ['widgets'], verbs: ['create'] }], {
        'rbac.authorization.k8s.io/aggregate-to-edit': 'true',
      }),
      roleBinding('admins', { kind: 'ClusterRole', name: 'admin' }, [group('leads')]),
    );
    const query: AccessQuery = {
      type: 'resource',
      request: { verb: 'create', group: 'example.com', resource: 'widgets' },
      namespace: 'shop',
    };
    assert.deepEqual(who(code, query), ['Group leads via admins', 'Group system:masters via cluster-admin']);
  });

  it('service accounts are in their groups, and are the user system:serviceaccount:NS:NAME', () => {
    const code = manifest(
      clusterRole('reader', [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get'] }]),
      roleBinding('ns-accounts', { kind: 'ClusterRole', name: 'reader' }, [
        group('system:serviceaccounts:shop'),
      ]),
      clusterRoleBinding('as-user', { kind: 'ClusterRole', name: 'reader' }, [
        user('system:serviceaccount:shop:web'),
      ]),
      clusterRoleBinding('anyone', { kind: 'ClusterRole', name: 'reader' }, [
        group('system:unauthenticated'),
      ]),
    );
    const index = indexOf(code);
    const names = (subject: SubjectRef) => grantsOf(index, subject).map((grant) => grant.grant.binding.name);
    assert.deepEqual(names({ kind: 'ServiceAccount', name: 'web', namespace: 'shop' }), [
      'as-user',
      'ns-accounts',
      'system:basic-user',
      'system:discovery',
      'system:public-info-viewer',
    ]);
    assert.deepEqual(names({ kind: 'ServiceAccount', name: 'web', namespace: 'billing' }), [
      'system:basic-user',
      'system:discovery',
      'system:public-info-viewer',
    ]);
    assert.deepEqual(names({ kind: 'User', name: 'system:anonymous' }), [
      'anyone',
      'system:public-info-viewer',
    ]);
    assert.deepEqual(names({ kind: 'Group', name: 'system:masters' }), ['cluster-admin']);
  });

  it('a scanned ClusterRoleBinding of a built-in name replaces the built-in one', () => {
    const code = clusterRoleBinding('cluster-admin', { kind: 'ClusterRole', name: 'cluster-admin' }, [
      user('root'),
    ]);
    assert.deepEqual(who(code, getSecrets()), ['User root via cluster-admin']);
  });

  it('every subject: binding subjects, ServiceAccounts and the accounts workloads run as, once each', () => {
    const code = manifest(
      serviceAccount('web'),
      deployment('web', 'shop', 'web'),
      deployment('batch', 'jobs'),
      roleBinding('b', { kind: 'ClusterRole', name: 'view' }, [sa('web'), group('devs')]),
    );
    const index = indexOf(code);
    assert.deepEqual(allSubjects(index).map(subjectKey), [
      'Group:devs',
      'Group:system:authenticated',
      'Group:system:masters',
      'Group:system:unauthenticated',
      'ServiceAccount:jobs/default',
      'ServiceAccount:shop/web',
    ]);
    const permissions = effectivePermissions(index);
    assert.equal(permissions, effectivePermissions(index), 'computed once per index');
    assert.deepEqual(
      permissions.get('ServiceAccount:shop/web')?.grants.map((grant) => grant.grant.binding.name),
      ['b', 'system:basic-user', 'system:discovery', 'system:public-info-viewer'],
    );
  });
});

describe('subject syntax', () => {
  it('reads service accounts, users and groups, and refuses the rest', () => {
    assert.deepEqual(parseSubject('system:serviceaccount:shop:web'), {
      subject: { kind: 'ServiceAccount', name: 'web', namespace: 'shop' },
    });
    assert.deepEqual(parseSubject('serviceaccount:shop/web'), {
      subject: { kind: 'ServiceAccount', name: 'web', namespace: 'shop' },
    });
    assert.deepEqual(parseSubject('user:alice@example.com'), {
      subject: { kind: 'User', name: 'alice@example.com' },
    });
    assert.deepEqual(parseSubject('group:system:masters'), {
      subject: { kind: 'Group', name: 'system:masters' },
    });
    for (const bad of ['alice', 'user:', 'system:serviceaccount:shop', 'serviceaccount:web'])
      assert.ok('error' in parseSubject(bad), bad);
  });
});
