import type { Rng } from '../corpus/prng.js';

/** One generated manifest file. */
export interface NetpolFile {
  name: string;
  text: string;
}

export interface NetpolCorpus {
  files: NetpolFile[];
  pods: number;
  workloads: number;
  policies: number;
}

interface Tier {
  name: string;
  ports: readonly { name: string; port: number; protocol?: string }[];
}

const tiers: readonly Tier[] = [
  { name: 'web', ports: [{ name: 'http', port: 8080 }] },
  {
    name: 'api',
    ports: [
      { name: 'grpc', port: 9090 },
      { name: 'metrics', port: 9100 },
    ],
  },
  { name: 'db', ports: [{ name: 'postgres', port: 5432 }] },
  { name: 'cache', ports: [{ name: 'redis', port: 6379 }] },
  { name: 'worker', ports: [{ name: 'metrics', port: 9100 }] },
  {
    name: 'dns',
    ports: [
      { name: 'dns', port: 53, protocol: 'UDP' },
      { name: 'dns-tcp', port: 53 },
    ],
  },
];

interface Workload {
  namespace: string;
  name: string;
  tier: Tier;
  kind: 'Deployment' | 'StatefulSet' | 'DaemonSet';
  replicas: number;
}

function workloadYaml(workload: Workload, team: string): string {
  const ports = workload.tier.ports
    .map(
      (port) =>
        `            - name: ${port.name}\n              containerPort: ${port.port}${port.protocol ? `\n              protocol: ${port.protocol}` : ''}`,
    )
    .join('\n');
  const replicas = workload.kind === 'DaemonSet' ? '' : `  replicas: ${workload.replicas}\n`;
  return `apiVersion: apps/v1
kind: ${workload.kind}
metadata:
  name: ${workload.name}
  namespace: ${workload.namespace}
spec:
${replicas}  selector:
    matchLabels:
      app: ${workload.name}
  template:
    metadata:
      labels:
        app: ${workload.name}
        tier: ${workload.tier.name}
        team: ${team}
    spec:
      serviceAccountName: ${workload.tier.name}
      containers:
        - name: main
          image: registry.example.com/${workload.tier.name}/${workload.name}@sha256:${'0'.repeat(64)}
          ports:
${ports}
`;
}

function serviceYaml(workload: Workload): string {
  const ports = workload.tier.ports
    .map(
      (port) =>
        `    - name: ${port.name}\n      port: ${port.port}\n      targetPort: ${port.name}${port.protocol ? `\n      protocol: ${port.protocol}` : ''}`,
    )
    .join('\n');
  return `apiVersion: v1
kind: Service
metadata:
  name: ${workload.name}
  namespace: ${workload.namespace}
spec:
  selector:
    app: ${workload.name}
  ports:
${ports}
`;
}

function policyYaml(namespace: string, name: string, spec: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
${spec}`;
}

/** One of several policy shapes seen in real clusters, chosen by the generator. */
function policyFor(
  rng: Rng,
  index: number,
  workloads: readonly Workload[],
  teams: ReadonlyMap<string, string>,
): string {
  const target = rng.pick(workloads);
  const namespace = target.namespace;
  const shape = rng.weighted([
    ['app', 40],
    ['tier', 25],
    ['cross-namespace', 15],
    ['egress', 10],
    ['cilium', 5],
    ['calico', 5],
  ] as const);
  const port = target.tier.ports[0]?.name ?? 'http';
  switch (shape) {
    case 'app':
      return policyYaml(
        namespace,
        `allow-${target.name}-${index}`,
        `  podSelector:\n    matchLabels:\n      app: ${target.name}\n  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              tier: ${rng.pick(tiers).name}\n      ports:\n        - port: ${port}\n`,
      );
    case 'tier':
      return policyYaml(
        namespace,
        `tier-${target.tier.name}-${index}`,
        `  podSelector:\n    matchExpressions:\n      - {key: tier, operator: In, values: [${target.tier.name}]}\n  ingress:\n    - from:\n        - podSelector:\n            matchExpressions:\n              - {key: tier, operator: NotIn, values: [db, cache]}\n      ports:\n        - port: ${target.tier.ports[0]?.port ?? 8080}\n          endPort: ${(target.tier.ports[0]?.port ?? 8080) + 10}\n`,
      );
    case 'cross-namespace':
      return policyYaml(
        namespace,
        `from-team-${index}`,
        `  podSelector:\n    matchLabels:\n      tier: ${target.tier.name}\n  ingress:\n    - from:\n        - namespaceSelector:\n            matchLabels:\n              team: ${teams.get(rng.pick([...teams.keys()])) ?? 'a'}\n          podSelector:\n            matchLabels:\n              tier: web\n`,
      );
    case 'egress':
      return policyYaml(
        namespace,
        `egress-${index}`,
        `  podSelector:\n    matchLabels:\n      tier: ${target.tier.name}\n  policyTypes: [Egress]\n  egress:\n    - to:\n        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: ${namespace}\n    - to:\n        - ipBlock:\n            cidr: 0.0.0.0/0\n            except: [10.0.0.0/8, 169.254.169.254/32]\n      ports:\n        - port: 443\n`,
      );
    case 'cilium':
      return `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata:
  name: cilium-${index}
  namespace: ${namespace}
spec:
  endpointSelector:
    matchLabels:
      app: ${target.name}
  ingress:
    - fromEndpoints:
        - matchLabels:
            tier: ${rng.pick(tiers).name}
      toPorts:
        - ports:
            - port: "${target.tier.ports[0]?.port ?? 8080}"
              protocol: TCP
`;
    case 'calico':
      return `apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: calico-${index}
  namespace: ${namespace}
spec:
  selector: tier == '${target.tier.name}'
  ingress:
    - action: Allow
      protocol: TCP
      source:
        selector: tier in {'web', 'api'}
      destination:
        ports: [${target.tier.ports[0]?.port ?? 8080}]
`;
  }
}

const documentsPerFile = 40;

/**
 * Namespaces, controllers with Services (replicas summing to `pods`) and `policies` network policies: a default deny
 * per namespace first, the rest in the shapes above. Same seed, same bytes.
 */
export function generateNetpolCorpus(rng: Rng, pods: number, policies: number): NetpolCorpus {
  const namespaceCount = Math.max(4, Math.round(pods / 250));
  const namespaces = Array.from(
    { length: namespaceCount },
    (_, index) => `ns-${String(index).padStart(2, '0')}`,
  );
  const teams = new Map(namespaces.map((name, index) => [name, `team-${index % 8}`]));
  const workloads: Workload[] = [];
  let podCount = 0;
  while (podCount < pods) {
    const tier = rng.weighted(
      tiers.map((candidate) => [candidate, candidate.name === 'dns' ? 1 : 10] as const),
    );
    const kind = rng.weighted([
      ['Deployment', 75],
      ['StatefulSet', 20],
      ['DaemonSet', 5],
    ] as const);
    const replicas = kind === 'DaemonSet' ? 3 : rng.int(1, Math.min(7, pods - podCount));
    workloads.push({
      namespace: rng.pick(namespaces),
      name: `${tier.name}-${workloads.length}`,
      tier,
      kind,
      replicas,
    });
    podCount += replicas;
  }
  const documents: string[] = [];
  for (const name of namespaces) {
    documents.push(
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels:\n    team: ${teams.get(name) ?? ''}\n`,
    );
    documents.push(policyYaml(name, 'default-deny', '  podSelector: {}\n  policyTypes: [Ingress]\n'));
  }
  for (const workload of workloads) {
    documents.push(workloadYaml(workload, teams.get(workload.namespace) ?? ''));
    documents.push(serviceYaml(workload));
  }
  const policyRng = rng.fork('policies');
  for (let index = namespaceCount; index < policies; index += 1)
    documents.push(policyFor(policyRng, index, workloads, teams));
  const files: NetpolFile[] = [];
  for (let start = 0; start < documents.length; start += documentsPerFile)
    files.push({
      name: `manifests-${String(files.length).padStart(4, '0')}.yaml`,
      text: documents.slice(start, start + documentsPerFile).join('---\n'),
    });
  return { files, pods: podCount, workloads: workloads.length, policies: Math.max(policies, namespaceCount) };
}
