import { stringify } from 'yaml';
import type { ClusterIndex } from '../../core/index.js';
import { namespaceOf } from '../../core/index.js';
import { namespaceNameLabel } from '../../rules/kubernetes/network/network-utils/matchers.js';
import { networkModel } from '../../rules/kubernetes/network/network-utils/network-model.js';
import type { ServiceInfo } from '../../rules/kubernetes/network/network-utils/services.js';
import { ingressBackends, readServices } from '../../rules/kubernetes/network/network-utils/services.js';

export interface SuggestOptions {
  /** Namespace of the ingress controller, allowed in front of Services an Ingress routes to. */
  ingressNamespace: string;
}

export interface Suggestion {
  yaml: string;
  policies: number;
  namespaces: readonly string[];
}

/** Namespaces whose pods belong to the cluster itself: their components bring their own policies. */
const systemNamespaces = new Set(['kube-system', 'kube-public', 'kube-node-lease']);

type PolicyPort = { protocol: string; port: number | string };

interface PolicyDocument {
  apiVersion: 'networking.k8s.io/v1';
  kind: 'NetworkPolicy';
  metadata: { name: string; namespace: string; annotations: Record<string, string> };
  spec: Record<string, unknown>;
}

function policy(
  name: string,
  namespace: string,
  reason: string,
  spec: Record<string, unknown>,
): PolicyDocument {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace, annotations: { 'bulwark.dev/suggested': reason } },
    spec,
  };
}

/** The ports a Service forwards to on its pods: `targetPort` (a number or a container port name), else `port`. */
function targetPorts(service: ServiceInfo): PolicyPort[] {
  const seen = new Set<string>();
  const out: PolicyPort[] = [];
  for (const port of service.ports) {
    const target = port.targetPort ?? port.port;
    if (target === undefined) continue;
    const key = `${port.protocol}/${String(target)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ protocol: port.protocol, port: target });
  }
  return out;
}

function sortedLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function servicePolicy(
  service: ServiceInfo,
  ports: PolicyPort[],
  routedByIngress: boolean,
  options: SuggestOptions,
): PolicyDocument {
  const from: Record<string, unknown>[] = [{ podSelector: {} }];
  if (routedByIngress)
    from.push({ namespaceSelector: { matchLabels: { [namespaceNameLabel]: options.ingressNamespace } } });
  const rules: Record<string, unknown>[] = [{ from, ports }];
  const external = (service.type === 'LoadBalancer' && !service.internal) || service.type === 'NodePort';
  if (external) {
    // Load balancers and node ports bring clients from outside; their source ranges, when set, are the least.
    const ranges = service.sourceRanges.length > 0 ? service.sourceRanges : ['0.0.0.0/0'];
    rules.push({ from: ranges.map((cidr) => ({ ipBlock: { cidr } })), ports });
  }
  const sources = [
    'pods of the namespace',
    ...(routedByIngress ? ['the ingress controller'] : []),
    ...(external ? ['outside clients'] : []),
  ];
  return policy(
    `allow-ingress-to-${service.entry.name}`,
    service.namespace,
    `Service ${service.namespace}/${service.entry.name}: ${sources.join(', ')} to its target ports`,
    {
      podSelector: { matchLabels: sortedLabels(service.selector ?? {}) },
      policyTypes: ['Ingress'],
      ingress: rules,
    },
  );
}

function namespacePolicies(
  namespace: string,
  services: readonly ServiceInfo[],
  routed: ReadonlySet<string>,
  options: SuggestOptions,
): PolicyDocument[] {
  const documents: PolicyDocument[] = [
    policy('default-deny', namespace, 'deny every connection the policies below do not allow', {
      podSelector: {},
      policyTypes: ['Ingress', 'Egress'],
    }),
    policy('allow-dns', namespace, 'every pod may resolve names with the cluster DNS', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [
        {
          to: [
            {
              namespaceSelector: { matchLabels: { [namespaceNameLabel]: 'kube-system' } },
              podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
            },
          ],
          ports: [
            { protocol: 'UDP', port: 53 },
            { protocol: 'TCP', port: 53 },
          ],
        },
      ],
    }),
  ];
  const egress: Record<string, unknown>[] = [];
  for (const service of services) {
    const ports = targetPorts(service);
    if (ports.length === 0) continue;
    documents.push(servicePolicy(service, ports, routed.has(`${namespace}/${service.entry.name}`), options));
    egress.push({ to: [{ podSelector: { matchLabels: sortedLabels(service.selector ?? {}) } }], ports });
  }
  if (egress.length > 0)
    documents.push(
      policy('allow-egress-to-services', namespace, 'pods of the namespace may use its Services', {
        podSelector: {},
        policyTypes: ['Egress'],
        egress,
      }),
    );
  return documents;
}

const header = [
  '# Network policies suggested by `bulwark netpol suggest` from the Services of the scanned manifests.',
  '# Per namespace: deny by default, allow DNS, allow each Service’s target ports from the pods of its namespace',
  '# (and from the ingress controller when an Ingress routes to it), and let the namespace’s pods use those Services.',
  '# Traffic to other namespaces and to the internet is not allowed: add what your workloads need, then review',
  '# with `bulwark netpol reach` before applying.',
];

/** Default-deny and least-privilege allow policies for every application namespace, as multi-document YAML. */
export function suggestPolicies(index: ClusterIndex, options: SuggestOptions): Suggestion {
  const model = networkModel(index);
  const namespaces = new Set<string>();
  for (const node of model.workloads) namespaces.add(node.group.context.namespace);
  for (const entry of index.namespaces) namespaces.add(entry.name);
  for (const service of readServices(index)) namespaces.add(service.namespace);
  // The ingress controller and the cluster's own namespaces bring their own policies.
  const chosen = [...namespaces]
    .filter((name) => !systemNamespaces.has(name) && name !== options.ingressNamespace)
    .sort();
  const routed = new Set<string>();
  for (const ingress of index.ingresses)
    for (const name of ingressBackends(ingress)) routed.add(`${namespaceOf(ingress)}/${name}`);
  const documents: PolicyDocument[] = [];
  for (const namespace of chosen) {
    const services = readServices(index)
      .filter(
        (service) =>
          service.namespace === namespace &&
          service.type !== 'ExternalName' &&
          Object.keys(service.selector ?? {}).length > 0,
      )
      .sort((a, b) => (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0));
    documents.push(...namespacePolicies(namespace, services, routed, options));
  }
  const body = documents
    .map((document) => stringify(document, { lineWidth: 0, aliasDuplicateObjects: false }))
    .join('---\n');
  return {
    yaml: `${header.join('\n')}\n${documents.length === 0 ? '' : `---\n${body}`}`,
    policies: documents.length,
    namespaces: chosen,
  };
}
