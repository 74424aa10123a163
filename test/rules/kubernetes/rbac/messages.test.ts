import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rbacAnonymousBinding } from '../../../../src/rules/kubernetes/rbac/rbac-anonymous-binding.js';
import { rbacClusterAdminBinding } from '../../../../src/rules/kubernetes/rbac/rbac-cluster-admin-binding.js';
import { rbacPodExec } from '../../../../src/rules/kubernetes/rbac/rbac-pod-exec.js';
import { rbacSecretsRead } from '../../../../src/rules/kubernetes/rbac/rbac-secrets-read.js';
import { rbacWorkloadCreate } from '../../../../src/rules/kubernetes/rbac/rbac-workload-create.js';
import { runRuleOn } from '../../../support/rule-tester.js';
import {
  clusterRole,
  clusterRoleBinding,
  deployment,
  group,
  lineOf,
  manifest,
  role,
  roleBinding,
  sa,
  serviceAccount,
} from './rbac-manifests.js';

describe('RBAC findings name the subject, the binding, the granting rule and the workloads', () => {
  it('names the rule line of the role and the workloads that carry the token', () => {
    const code = manifest(
      role('secrets', [
        { apiGroups: [''], resources: ['configmaps'], verbs: ['get'] },
        { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list'] },
      ]),
      roleBinding('web-secrets', { kind: 'Role', name: 'secrets' }, [sa('web')]),
      deployment('web', 'shop', 'web'),
      deployment('other', 'shop', 'other'),
    );
    const [finding] = runRuleOn(rbacSecretsRead, { code }).findings;
    assert.equal(
      finding?.message,
      `ServiceAccount shop/web can get, list secrets in namespace shop: RoleBinding shop/web-secrets grants ` +
        `Role shop/secrets (rule at test.yaml:${lineOf(code, 'secrets"]')}); workloads that carry its token: ` +
        `Deployment shop/web (test.yaml:${lineOf(code, 'apiVersion: apps/v1')})`,
    );
  });

  it('leaves out workloads that do not mount the token, on the pod or on its account', () => {
    const code = manifest(
      role('secrets', [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }]),
      roleBinding('b', { kind: 'Role', name: 'secrets' }, [sa('web')]),
      serviceAccount('web', 'shop', false),
      deployment('web', 'shop', 'web'),
    );
    const [finding] = runRuleOn(rbacSecretsRead, { code }).findings;
    assert.ok(finding !== undefined && !finding.message.includes('workloads'), finding?.message);
  });

  it('names restricted grants and groups actions by verbs', () => {
    const code = manifest(
      role('r', [
        { apiGroups: [''], resources: ['pods'], verbs: ['create', 'patch'] },
        { apiGroups: ['apps'], resources: ['deployments', 'statefulsets'], verbs: ['create', 'patch'] },
      ]),
      roleBinding('r', { kind: 'Role', name: 'r' }, [sa('ci')]),
    );
    const [finding] = runRuleOn(rbacWorkloadCreate, { code }).findings;
    assert.match(
      finding?.message ?? '',
      /^ServiceAccount shop\/ci can create, patch pods, deployments, statefulsets in /,
    );
    const named = manifest(
      role('r', [
        { apiGroups: [''], resources: ['pods/exec'], resourceNames: ['web-1', 'web-0'], verbs: ['create'] },
      ]),
      roleBinding('r', { kind: 'Role', name: 'r' }, [sa('ci')]),
    );
    assert.match(
      runRuleOn(rbacPodExec, { code: named }).findings[0]?.message ?? '',
      /create pods\/exec \(only web-0, web-1\)/,
    );
  });

  it('names the source role of an aggregated rule, and built-in rules', () => {
    const code = manifest(
      clusterRole('monitoring', []).replace(
        'rules: []',
        'aggregationRule:\n  clusterRoleSelectors:\n    - matchLabels: {example.com/aggregate: "true"}\nrules: []',
      ),
      clusterRole('monitoring-secrets', [{ apiGroups: [''], resources: ['secrets'], verbs: ['list'] }], {
        'example.com/aggregate': 'true',
      }),
      clusterRoleBinding('monitoring', { kind: 'ClusterRole', name: 'monitoring' }, [
        sa('prometheus', 'monitoring'),
      ]),
    );
    assert.match(
      runRuleOn(rbacSecretsRead, { code }).findings[0]?.message ?? '',
      /grants ClusterRole monitoring \(rule at test\.yaml:\d+ of ClusterRole monitoring-secrets, aggregated\)$/,
    );
    const builtIn = roleBinding('editors', { kind: 'ClusterRole', name: 'edit' }, [group('devs')]);
    assert.match(
      runRuleOn(rbacSecretsRead, { code: builtIn }).findings[0]?.message ?? '',
      /grants built-in ClusterRole edit \(built-in rule of ClusterRole system:aggregate-to-edit, aggregated\)$/,
    );
  });

  it('workloads of a group: every token-carrying pod of the namespace', () => {
    const code = manifest(
      role('r', [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }]),
      roleBinding('r', { kind: 'Role', name: 'r' }, [group('system:serviceaccounts:shop')]),
      deployment('a', 'shop', 'a'),
      deployment('b', 'shop'),
      deployment('c', 'other', 'c'),
    );
    const message = runRuleOn(rbacSecretsRead, { code }).findings[0]?.message ?? '';
    assert.match(
      message,
      /workloads that carry its token: Deployment shop\/a \(test\.yaml:\d+\), Deployment shop\/b \(test\.yaml:\d+\)$/,
    );
  });

  it('full control is critical cluster-wide and high in one namespace', () => {
    const cluster = clusterRoleBinding('a', { kind: 'ClusterRole', name: 'cluster-admin' }, [group('ops')]);
    const namespaced = roleBinding('a', { kind: 'ClusterRole', name: 'cluster-admin' }, [group('ops')]);
    assert.equal(runRuleOn(rbacClusterAdminBinding, { code: cluster }).findings[0]?.severity, 'critical');
    const inNamespace = runRuleOn(rbacClusterAdminBinding, { code: namespaced }).findings[0];
    assert.equal(inNamespace?.severity, 'high');
    assert.match(
      inNamespace?.message ?? '',
      /^Group ops has full control in namespace shop \(every verb on every resource\)/,
    );
    const core = manifest(
      role('core', [{ apiGroups: ['', 'apps'], resources: ['*'], verbs: ['*'] }]),
      roleBinding('core', { kind: 'Role', name: 'core' }, [group('ops')]),
    );
    assert.match(
      runRuleOn(rbacClusterAdminBinding, { code: core }).findings[0]?.message ?? '',
      /\(every verb on every resource of API groups core, apps\)/,
    );
  });

  it('anonymous access is critical; every authenticated identity is medium', () => {
    const code = clusterRoleBinding('a', { kind: 'ClusterRole', name: 'view' }, [
      group('system:unauthenticated'),
      group('system:authenticated'),
    ]);
    const severities = runRuleOn(rbacAnonymousBinding, { code }).findings.map((finding) => finding.severity);
    assert.deepEqual(severities, ['critical', 'medium']);
  });

  it('without a cluster index (an image scan) binding rules stay silent', () => {
    const object = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding' };
    const view = {
      resource: {
        kind: 'ClusterRoleBinding',
        name: 'a',
        source: { file: 'a.yaml', startLine: 1, startColumn: 1 },
        doc: object,
      },
      object,
    };
    const version = { major: 1 as const, minor: 30 };
    const context = {
      pss: { level: 'all' as const, version, origin: 'default' as const },
      kubernetesVersion: version,
      trustedRegistries: [],
    };
    assert.deepEqual([...rbacClusterAdminBinding.check(view, context)], []);
  });
});
