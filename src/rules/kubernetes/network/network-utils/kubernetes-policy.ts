import { z } from 'zod';
import type { FieldPath, IndexedSpecObject, LabelSelector } from '../../../../core/index.js';
import { namespaceOf } from '../../../../core/index.js';
import { LabelSelector as LabelSelectorSchema } from '../../cluster-utils/schema.js';
import {
  allOf,
  emptySelector,
  inNamespace,
  namespaceLabelMatcher,
  podLabelMatcher,
  selectorIssues,
} from './matchers.js';
import type { NormalizedPolicy, Peer, PolicyIssue, PolicyPart, PolicyRule } from './model.js';
import { portNameProblem, portNumberProblem, readIpBlock, schemaIssues } from './policy-input.js';
import type { PortMatch, PortSpec } from './ports.js';
import { isPortProtocol, portProtocols } from './ports.js';

const Selector = LabelSelectorSchema.nullish();

const PeerInput = z.looseObject({
  podSelector: Selector,
  namespaceSelector: Selector,
  ipBlock: z
    .looseObject({
      cidr: z.string(),
      except: z
        .array(z.string())
        .nullish()
        .transform((value) => value ?? []),
    })
    .nullish(),
});
type PeerInput = z.infer<typeof PeerInput>;

const PortInput = z.looseObject({
  protocol: z.string().nullish(),
  port: z.union([z.number(), z.string()]).nullish(),
  endPort: z.number().nullish(),
});
type PortInput = z.infer<typeof PortInput>;

const Peers = z
  .array(PeerInput)
  .nullish()
  .transform((value) => value ?? []);
const Ports = z
  .array(PortInput)
  .nullish()
  .transform((value) => value ?? []);

const Spec = z
  .looseObject({
    podSelector: Selector,
    policyTypes: z.array(z.string()).nullish(),
    ingress: z.array(z.looseObject({ from: Peers, ports: Ports })).nullish(),
    egress: z.array(z.looseObject({ to: Peers, ports: Ports })).nullish(),
  })
  .nullish();

export const policyTypes = ['Ingress', 'Egress'] as const;

/** `policyTypes` as the API server defaults it: Ingress always, Egress when there are egress rules. */
function effectiveTypes(
  written: readonly string[] | null | undefined,
  egressRules: number,
): readonly string[] {
  if (written !== null && written !== undefined) return written;
  return egressRules > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

function toSelector(value: LabelSelector | null | undefined): LabelSelector {
  return value ?? emptySelector;
}

function readPeer(
  peer: PeerInput,
  namespace: string,
  path: FieldPath,
  issues: PolicyIssue[],
): Peer[] | undefined {
  const hasPods = peer.podSelector !== null && peer.podSelector !== undefined;
  const hasNamespaces = peer.namespaceSelector !== null && peer.namespaceSelector !== undefined;
  const block = peer.ipBlock;
  if (block !== null && block !== undefined) {
    if (hasPods || hasNamespaces) {
      issues.push({ path, message: 'a peer with ipBlock may not also set podSelector or namespaceSelector' });
      return undefined;
    }
    const read = readIpBlock(
      block.cidr,
      block.except,
      [...path, 'ipBlock', 'cidr'],
      [...path, 'ipBlock', 'except'],
      issues,
    );
    return read === undefined ? undefined : [{ kind: 'ip', ...read, mayMatchPods: true, path }];
  }
  if (!hasPods && !hasNamespaces) {
    issues.push({
      path,
      message: 'an empty peer ({}) names nothing: set podSelector, namespaceSelector or ipBlock',
    });
    return undefined;
  }
  const podSelector = toSelector(peer.podSelector);
  issues.push(...selectorIssues(podSelector, [...path, 'podSelector']));
  const pods = podLabelMatcher(podSelector);
  if (!hasNamespaces) return [{ kind: 'pods', matcher: allOf(inNamespace(namespace), pods), path }];
  const namespaceSelector = toSelector(peer.namespaceSelector);
  issues.push(...selectorIssues(namespaceSelector, [...path, 'namespaceSelector']));
  return [{ kind: 'pods', matcher: allOf(namespaceLabelMatcher(namespaceSelector), pods), path }];
}

function readPorts(ports: readonly PortInput[], path: FieldPath, issues: PolicyIssue[]): PortMatch {
  if (ports.length === 0) return 'any';
  const specs: PortSpec[] = [];
  for (const [index, port] of ports.entries()) {
    const at = [...path, index];
    const protocol = port.protocol ?? 'TCP';
    if (!isPortProtocol(protocol)) {
      issues.push({
        path: [...at, 'protocol'],
        message: `protocol "${protocol}" is not one of ${portProtocols.join(', ')}`,
      });
      continue;
    }
    const value = port.port;
    const endPort = port.endPort ?? undefined;
    if (value === null || value === undefined) {
      if (endPort !== undefined)
        issues.push({ path: [...at, 'endPort'], message: 'endPort needs a numeric port' });
      else specs.push({ protocol });
      continue;
    }
    if (typeof value === 'string') {
      const problem = portNameProblem(value);
      if (problem !== undefined) issues.push({ path: [...at, 'port'], message: problem });
      else if (endPort !== undefined)
        issues.push({ path: [...at, 'endPort'], message: `endPort cannot follow the named port "${value}"` });
      else specs.push({ protocol, name: value });
      continue;
    }
    const portProblem = portNumberProblem(value);
    if (portProblem !== undefined) {
      issues.push({ path: [...at, 'port'], message: portProblem });
      continue;
    }
    const endProblem = endPort === undefined ? undefined : portNumberProblem(endPort);
    if (endProblem !== undefined) {
      issues.push({ path: [...at, 'endPort'], message: endProblem });
      continue;
    }
    if (endPort !== undefined && endPort < value) {
      issues.push({ path: [...at, 'endPort'], message: `endPort ${endPort} is below port ${value}` });
      continue;
    }
    specs.push({ protocol, from: value, to: endPort ?? value });
  }
  return specs;
}

function readRules(
  rules: readonly { peers: readonly PeerInput[]; ports: readonly PortInput[] }[],
  field: 'ingress' | 'egress',
  namespace: string,
  issues: PolicyIssue[],
): PolicyRule[] {
  const peerField = field === 'ingress' ? 'from' : 'to';
  return rules.map((rule, index) => {
    const path: FieldPath = ['spec', field, index];
    const peers: Peer[] = [];
    for (const [peerIndex, peer] of rule.peers.entries())
      peers.push(...(readPeer(peer, namespace, [...path, peerField, peerIndex], issues) ?? []));
    return {
      // An empty or missing peer list allows every peer; an unreadable one is an error, reported above.
      peers: rule.peers.length === 0 ? 'any' : peers,
      ports: readPorts(rule.ports, [...path, 'ports'], issues),
      action: 'allow',
      path,
    };
  });
}

/** A Kubernetes NetworkPolicy as reachability reads it, with what the API server would refuse. */
export function normalizeKubernetesPolicy(entry: IndexedSpecObject): NormalizedPolicy {
  const namespace = namespaceOf(entry);
  const policy: NormalizedPolicy = {
    entry,
    dialect: 'kubernetes',
    namespace,
    parts: [],
    errors: [],
    approximations: [],
  };
  const parsed = Spec.safeParse(entry.spec);
  if (!parsed.success) {
    policy.errors.push(...schemaIssues(parsed.error, ['spec']));
    return policy;
  }
  // A missing spec decodes as an empty one: every pod of the namespace, isolated for ingress, nothing allowed.
  const spec = parsed.data ?? {};
  const issues: PolicyIssue[] = [];
  const podSelector = toSelector(spec.podSelector);
  issues.push(...selectorIssues(podSelector, ['spec', 'podSelector']));
  const ingressRules = (spec.ingress ?? []).map((rule) => ({ peers: rule.from, ports: rule.ports }));
  const egressRules = (spec.egress ?? []).map((rule) => ({ peers: rule.to, ports: rule.ports }));
  const types = effectiveTypes(spec.policyTypes, egressRules.length);
  for (const [index, type] of types.entries())
    if (!(policyTypes as readonly string[]).includes(type))
      issues.push({
        path: ['spec', 'policyTypes', index],
        message: `policy type "${type}" is not Ingress or Egress`,
      });
  const ingress = readRules(ingressRules, 'ingress', namespace, issues);
  const egress = readRules(egressRules, 'egress', namespace, issues);
  policy.errors.push(...issues);
  if (issues.length > 0) return policy;
  const part: PolicyPart = {
    policy,
    path: [],
    subject: allOf(inNamespace(namespace), podLabelMatcher(podSelector)),
    subjectPath: ['spec', 'podSelector'],
    // Rules of a type the policy does not list are ignored.
    isolatesIngress: types.includes('Ingress'),
    isolatesEgress: types.includes('Egress'),
    ingress: types.includes('Ingress') ? ingress : [],
    egress: types.includes('Egress') ? egress : [],
  };
  policy.parts.push(part);
  return policy;
}
