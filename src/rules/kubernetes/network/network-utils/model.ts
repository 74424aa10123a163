import type { FieldPath, IndexedSpecObject } from '../../../../core/index.js';
import type { Cidr } from './cidr.js';
import type { PortMatch } from './ports.js';

/** Three-valued answers: `maybe` when the input does not say (a namespace whose labels are unknown, a selector Bulwark cannot read). */
export type Tri = 'yes' | 'no' | 'maybe';

export type Labels = Readonly<Record<string, string>>;

/** What a selector sees of a pod. */
export interface PodContext {
  namespace: string;
  labels: Labels;
  /** The namespace's labels, with the `kubernetes.io/metadata.name` label the API server adds. */
  namespaceLabels: Labels;
  /** False when the Namespace object is not in the input: only its name label is known. */
  namespaceKnown: boolean;
  serviceAccount: string;
}

export interface PodMatcher {
  /** Equal keys decide alike, so results can be shared. */
  key: string;
  test(pod: PodContext): Tri;
  /** The namespaces outside which it never matches; undefined when it may match anywhere. */
  namespaces?: ReadonlySet<string>;
  /** Whether the answer depends on the namespace alone (then it takes every pod of a namespace, or none). */
  namespaceOnly: boolean;
}

export interface PodPeer {
  kind: 'pods';
  matcher: PodMatcher;
  path: FieldPath;
}

export interface IpPeer {
  kind: 'ip';
  cidr: Cidr;
  except: readonly Cidr[];
  /** Whether the network plugin may apply the block to pod addresses too (Kubernetes leaves it undefined). */
  mayMatchPods: boolean;
  path: FieldPath;
}

/** A peer Bulwark cannot resolve (Cilium `toServices`, `toFQDNs`, node entities, …): it may match what it covers. */
export interface UnknownPeer {
  kind: 'unknown';
  /** What it may stand for: pods, only host-network pods (nodes), addresses, or anything. */
  covers: 'pods' | 'host-network' | 'addresses' | 'all';
  reason: string;
  path: FieldPath;
}

export type Peer = PodPeer | IpPeer | UnknownPeer;

export interface PolicyRule {
  /** `any`: every peer, pods and addresses alike. */
  peers: 'any' | readonly Peer[];
  ports: PortMatch;
  action: 'allow' | 'deny';
  path: FieldPath;
  /** Why this rule's meaning is not exactly known, when it is not. */
  approximate?: string;
}

/** The policy as seen by reachability: one subject and its rules. Cilium's `specs` lists give several parts. */
export interface PolicyPart {
  policy: NormalizedPolicy;
  path: FieldPath;
  subject: PodMatcher;
  /** Where the subject selector is written (or would be). */
  subjectPath: FieldPath;
  /** Whether the part puts the pods it selects into default deny for ingress (allow rules then say what passes). */
  isolatesIngress: boolean;
  isolatesEgress: boolean;
  ingress: readonly PolicyRule[];
  egress: readonly PolicyRule[];
  /** Why the part as a whole is not exactly known, when it is not. */
  approximate?: string;
}

export interface PolicyIssue {
  path: FieldPath;
  message: string;
}

export type PolicyDialect = 'kubernetes' | 'cilium' | 'calico';

export interface NormalizedPolicy {
  entry: IndexedSpecObject;
  dialect: PolicyDialect;
  /** Cluster-wide kinds (CiliumClusterwideNetworkPolicy, GlobalNetworkPolicy) have no namespace. */
  namespace?: string;
  parts: PolicyPart[];
  /** What the API server refuses: a policy with errors is not applied, so it takes no part in reachability. */
  errors: PolicyIssue[];
  /** Where Bulwark's reading is approximate. */
  approximations: PolicyIssue[];
}

/** `NetworkPolicy shop/web` (`CiliumNetworkPolicy …`, `GlobalNetworkPolicy deny-all`). */
export function describePolicy(policy: NormalizedPolicy): string {
  const { entry } = policy;
  const name = policy.namespace === undefined ? entry.name : `${policy.namespace}/${entry.name}`;
  const dialect = policy.dialect === 'calico' ? 'Calico ' : '';
  return `${dialect}${entry.kind} ${name}`;
}
