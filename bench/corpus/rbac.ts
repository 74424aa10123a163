import type { App, Obj } from './app.js';
import { metadata } from './app.js';
import type { Rng } from './prng.js';
import { apiGroupsAndResources, readVerbs, writeVerbs } from './vocabulary.js';

// RBAC for workloads (least privilege when hardened, wildcards and cluster-admin bindings when not) and for people.

function policyRules(rng: Rng, app: App): Obj[] {
  if (app.posture === 'insecure' && rng.chance(0.4))
    return [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }];
  const rules: Obj[] = [];
  for (const [group, resources] of rng.sample(apiGroupsAndResources, rng.int(1, 3))) {
    const writes = app.posture === 'insecure' || rng.chance(0.3);
    rules.push({
      apiGroups: [group],
      resources: rng.sample(resources, rng.int(1, Math.min(3, resources.length))),
      verbs: writes ? [...readVerbs, ...rng.sample(writeVerbs, rng.int(1, 4))] : [...readVerbs],
    });
  }
  if (app.posture !== 'hardened' && rng.chance(0.2))
    rules.push({ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] });
  if (app.posture === 'insecure' && rng.chance(0.2))
    rules.push({ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] });
  return rules;
}

export function role(rng: Rng, app: App, cluster: boolean): Obj {
  const meta = cluster
    ? { name: `${app.namespace}:${app.name}`, labels: { ...app.labels } }
    : metadata(app, app.name);
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: cluster ? 'ClusterRole' : 'Role',
    metadata: meta,
    rules: policyRules(rng, app),
  };
}

export function roleBinding(rng: Rng, app: App, cluster: boolean): Obj {
  const roleName = cluster ? `${app.namespace}:${app.name}` : app.name;
  const bindsAdmin = app.posture === 'insecure' && rng.chance(0.3);
  const subjects: Obj[] = [{ kind: 'ServiceAccount', name: app.name, namespace: app.namespace }];
  if (app.posture === 'insecure' && rng.chance(0.15))
    subjects.push({ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'system:authenticated' });
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: cluster ? 'ClusterRoleBinding' : 'RoleBinding',
    metadata: cluster ? { name: `${app.namespace}:${app.name}` } : metadata(app, app.name),
    roleRef: {
      apiGroup: 'rbac.authorization.k8s.io',
      kind: cluster || bindsAdmin ? 'ClusterRole' : 'Role',
      name: bindsAdmin ? 'cluster-admin' : roleName,
    },
    subjects,
  };
}

/** Access for people rather than workloads: a team's Role and the binding to its group or on-call users. */
export function teamAccess(rng: Rng, team: string, namespaceName: string): Obj[] {
  const admin = rng.chance(0.25);
  const name = `${team}-${admin ? 'admin' : 'developer'}`;
  const rbac = 'rbac.authorization.k8s.io';
  const rules = admin
    ? [{ apiGroups: ['', 'apps', 'batch'], resources: ['*'], verbs: ['*'] }]
    : [
        {
          apiGroups: ['', 'apps', 'batch'],
          resources: ['pods', 'pods/log', 'deployments', 'jobs', 'cronjobs'],
          verbs: [...readVerbs],
        },
        ...(rng.chance(0.3) ? [{ apiGroups: [''], resources: ['pods/portforward'], verbs: ['create'] }] : []),
      ];
  const subjects: Obj[] = [
    { kind: 'Group', apiGroup: rbac, name: `${team}:${admin ? 'leads' : 'developers'}` },
  ];
  if (rng.chance(0.4))
    subjects.push({ kind: 'User', apiGroup: rbac, name: `oncall-${rng.int(1, 9)}@example.com` });
  const clusterWide = rng.chance(0.08);
  if (clusterWide)
    return [
      {
        apiVersion: `${rbac}/v1`,
        kind: 'ClusterRoleBinding',
        metadata: { name: `${name}-cluster` },
        roleRef: { apiGroup: rbac, kind: 'ClusterRole', name: admin ? 'cluster-admin' : 'view' },
        subjects,
      },
    ];
  return [
    { apiVersion: `${rbac}/v1`, kind: 'Role', metadata: { name, namespace: namespaceName }, rules },
    {
      apiVersion: `${rbac}/v1`,
      kind: 'RoleBinding',
      metadata: { name, namespace: namespaceName },
      roleRef: { apiGroup: rbac, kind: 'Role', name },
      subjects,
    },
  ];
}
