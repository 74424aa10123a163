import type { App, Obj } from '../corpus/app.js';
import { makeApp } from '../corpus/app.js';
import { namespace, networkPolicy, service, serviceAccount } from '../corpus/objects.js';
import type { Rng } from '../corpus/prng.js';
import { createRng } from '../corpus/prng.js';
import { role, roleBinding } from '../corpus/rbac.js';
import { renderYaml, yamlStyle } from '../corpus/render.js';
import type { WorkloadKind } from '../corpus/workloads.js';
import { workload } from '../corpus/workloads.js';

// A cluster's worth of manifests for the cross-object analyses: pods only in controllers, one service account per
// application, roles each with its binding, and network policies, spread over namespaces. Deterministic: a pure
// function of the pod count.

export interface ClusterSetFile {
  name: string;
  text: string;
}

export interface ClusterSet {
  files: ClusterSetFile[];
  /** Pods the controllers run (sum of replicas; a DaemonSet counts one per node of a 3-node cluster). */
  pods: number;
  controllers: number;
  serviceAccounts: number;
  roles: number;
  bindings: number;
  networkPolicies: number;
}

/** At 10,000 pods: 2,000 roles (each with its binding) and 500 network policies; smaller sets scale down. */
export function clusterSetShape(pods: number): {
  roles: number;
  networkPolicies: number;
  namespaces: number;
} {
  return {
    roles: Math.round(pods / 5),
    networkPolicies: Math.round(pods / 20),
    namespaces: Math.max(4, Math.round(pods / 200)),
  };
}

function controllerKind(rng: Rng): Exclude<WorkloadKind, 'Pod' | 'ReplicaSet'> {
  return rng.weighted([
    ['Deployment', 80],
    ['StatefulSet', 10],
    ['DaemonSet', 4],
    ['CronJob', 3],
    ['Job', 3],
  ]);
}

function podsOf(kind: WorkloadKind, replicas: number): number {
  return kind === 'DaemonSet' ? 3 : kind === 'Job' || kind === 'CronJob' ? 1 : replicas;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function render(rng: Rng, objects: readonly Obj[]): string {
  return renderYaml(
    rng,
    objects.map((object) => ({ object })),
    yamlStyle(rng),
  );
}

export function generateClusterSet(pods: number): ClusterSet {
  const rng = createRng(`cluster-bench/${pods}`);
  const shape = clusterSetShape(pods);
  const namespaces = Array.from(
    { length: shape.namespaces },
    (_, index) => `team-${String(index).padStart(3, '0')}`,
  );
  const files: ClusterSetFile[] = [];
  const apps: App[] = [];
  let podCount = 0;
  let controllers = 0;
  while (podCount < pods) {
    const app = makeApp(rng.fork(`app/${controllers}`), namespaces[controllers % namespaces.length]);
    const kind = controllerKind(rng);
    const replicas = Math.min(rng.int(1, 7), Math.max(1, pods - podCount));
    const named: App = { ...app, name: `${app.name}-${controllers}`, replicas };
    const objects: Obj[] = [serviceAccount(rng, named), workload(rng, { ...named, replicas }, kind)];
    if (kind === 'Deployment' || kind === 'StatefulSet') objects.push(service(rng, named));
    files.push({ name: `apps/${named.namespace}/${named.name}.yaml`, text: render(rng, objects) });
    apps.push(named);
    podCount += podsOf(kind, replicas);
    controllers += 1;
  }
  const rbac = new Map<string, Obj[]>();
  for (let index = 0; index < shape.roles; index += 1) {
    const app = apps[index % apps.length];
    if (app === undefined) break;
    const clusterWide = index % 10 === 0;
    const file = clusterWide ? 'cluster' : app.namespace;
    const list = rbac.get(file) ?? [];
    list.push(role(rng, app, clusterWide), roleBinding(rng, app, clusterWide));
    rbac.set(file, list);
  }
  for (const [file, objects] of [...rbac].sort(([a], [b]) => (a < b ? -1 : 1)))
    files.push({ name: `rbac/${file}.yaml`, text: render(rng, objects) });
  const policies = new Map<string, Obj[]>();
  for (let index = 0; index < shape.networkPolicies; index += 1) {
    const app = apps[(index * 7) % apps.length];
    if (app === undefined) break;
    const policy = networkPolicy(rng, app);
    const metadata = policy['metadata'];
    // Policies of one namespace must differ by name, as in a cluster.
    if (isRecord(metadata)) metadata['name'] = `${String(metadata['name'])}-${index}`;
    const list = policies.get(app.namespace) ?? [];
    list.push(policy);
    policies.set(app.namespace, list);
  }
  for (const [name, objects] of [...policies].sort(([a], [b]) => (a < b ? -1 : 1)))
    files.push({ name: `policies/${name}.yaml`, text: render(rng, objects) });
  files.push({
    name: 'namespaces.yaml',
    text: render(
      rng,
      namespaces.map((name) => namespace(rng, name)),
    ),
  });
  return {
    files: files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    pods: podCount,
    controllers,
    serviceAccounts: controllers,
    roles: shape.roles,
    bindings: shape.roles,
    networkPolicies: shape.networkPolicies,
  };
}
