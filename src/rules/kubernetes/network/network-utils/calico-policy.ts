import { z } from 'zod';
import type { FieldPath, IndexedSpecObject } from '../../../../core/index.js';
import { namespaceOf } from '../../../../core/index.js';
import type { CalicoExpression } from './calico-selector.js';
import { calicoKeys, evaluateCalico, parseCalicoSelector, usesGlobal } from './calico-selector.js';
import { allOf, everyPod, inNamespace, namespaceNameLabel } from './matchers.js';
import type {
  Labels,
  NormalizedPolicy,
  Peer,
  PodContext,
  PodMatcher,
  PolicyIssue,
  PolicyRule,
} from './model.js';
import { portNameProblem, portNumberProblem, readIpBlock, schemaIssues } from './policy-input.js';
import type { PortMatch, PortProtocol, PortSpec } from './ports.js';
import { isPortProtocol } from './ports.js';

const Strings = z.array(z.string()).nullish();

const Entity = z.looseObject({
  nets: Strings,
  notNets: Strings,
  selector: z.string().nullish(),
  notSelector: z.string().nullish(),
  namespaceSelector: z.string().nullish(),
  ports: z.array(z.union([z.number(), z.string()])).nullish(),
  notPorts: z.array(z.union([z.number(), z.string()])).nullish(),
  serviceAccounts: z.looseObject({}).nullish(),
  services: z.looseObject({}).nullish(),
});
type Entity = z.infer<typeof Entity>;

const Rule = z.looseObject({
  action: z.string(),
  protocol: z.union([z.string(), z.number()]).nullish(),
  notProtocol: z.union([z.string(), z.number()]).nullish(),
  source: Entity.nullish(),
  destination: Entity.nullish(),
});
type Rule = z.infer<typeof Rule>;

const Spec = z.looseObject({
  tier: z.string().nullish(),
  selector: z.string().nullish(),
  namespaceSelector: z.string().nullish(),
  serviceAccountSelector: z.string().nullish(),
  types: z.array(z.string()).nullish(),
  ingress: z.array(Rule).nullish(),
  egress: z.array(Rule).nullish(),
  doNotTrack: z.boolean().nullish(),
  preDNAT: z.boolean().nullish(),
  applyOnForward: z.boolean().nullish(),
});

const endpointLabelCache = new WeakMap<PodContext, Labels>();

/** The labels Calico gives a pod's workload endpoint: its own, plus its namespace, service account and orchestrator. */
function endpointLabels(pod: PodContext): Labels {
  let labels = endpointLabelCache.get(pod);
  if (labels === undefined) {
    const out: Record<string, string> = { ...pod.labels };
    out['projectcalico.org/namespace'] = pod.namespace;
    out['projectcalico.org/orchestrator'] = 'k8s';
    out['projectcalico.org/serviceaccount'] = pod.serviceAccount;
    for (const [key, value] of Object.entries(pod.namespaceLabels)) out[`pcns.${key}`] = value;
    labels = out;
    endpointLabelCache.set(pod, labels);
  }
  return labels;
}

const namespaceLabelCache = new WeakMap<PodContext, Labels>();

function namespaceLabels(pod: PodContext): Labels {
  let labels = namespaceLabelCache.get(pod);
  if (labels === undefined) {
    labels = { ...pod.namespaceLabels, 'projectcalico.org/name': pod.namespace };
    namespaceLabelCache.set(pod, labels);
  }
  return labels;
}

const knownNamespaceKeys = new Set(['projectcalico.org/name', namespaceNameLabel]);

function endpointMatcher(expression: CalicoExpression, text: string): PodMatcher {
  if (expression.op === 'all') return everyPod;
  const namespaceOnly = calicoKeys(expression).every(
    (key) => key === 'projectcalico.org/namespace' || key.startsWith('pcns.'),
  );
  return {
    key: `calico(${text})`,
    test: (pod) =>
      evaluateCalico(
        expression,
        endpointLabels(pod),
        (key) =>
          !key.startsWith('pcsa.') &&
          (pod.namespaceKnown || !key.startsWith('pcns.') || key === `pcns.${namespaceNameLabel}`),
      ),
    namespaceOnly,
  };
}

function namespaceMatcher(expression: CalicoExpression, text: string): PodMatcher {
  if (expression.op === 'all') return everyPod;
  return {
    key: `calico-ns(${text})`,
    test: (pod) =>
      evaluateCalico(
        expression,
        namespaceLabels(pod),
        (key) => pod.namespaceKnown || knownNamespaceKeys.has(key),
      ),
    namespaceOnly: true,
  };
}

function readSelector(
  text: string | null | undefined,
  path: FieldPath,
  issues: PolicyIssue[],
  notes: string[],
): CalicoExpression | undefined {
  if (text === null || text === undefined || text.trim() === '') return undefined;
  const parsed = parseCalicoSelector(text);
  if ('error' in parsed) {
    issues.push({ path, message: parsed.error });
    return undefined;
  }
  if (usesGlobal(parsed.expression))
    notes.push('global() selects endpoints that are not pods, which Bulwark does not model');
  return parsed.expression;
}

const protocolNumbers: Readonly<Record<string, PortProtocol>> = { '6': 'TCP', '17': 'UDP', '132': 'SCTP' };

function readProtocol(rule: Rule): PortProtocol | 'other' | undefined {
  if (rule.protocol === null || rule.protocol === undefined) return undefined;
  const text = String(rule.protocol).toUpperCase();
  if (isPortProtocol(text)) return text;
  return protocolNumbers[text] ?? 'other';
}

function readPorts(rule: Rule, path: FieldPath, issues: PolicyIssue[]): PortMatch {
  const protocol = readProtocol(rule);
  const ports = rule.destination?.ports ?? [];
  if (protocol === undefined) {
    if (ports.length > 0)
      issues.push({
        path: [...path, 'protocol'],
        message: 'a rule with destination ports must set protocol to TCP, UDP or SCTP',
      });
    return 'any';
  }
  // ICMP and other protocols carry no ports Bulwark models: such a rule allows none of them.
  if (protocol === 'other') return [];
  if (ports.length === 0) return [{ protocol }];
  const specs: PortSpec[] = [];
  for (const [index, port] of ports.entries()) {
    const at = [...path, 'destination', 'ports', index];
    const text = String(port);
    const range = /^(\d+):(\d+)$/.exec(text);
    if (range !== null) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      const problem =
        portNumberProblem(from) ??
        portNumberProblem(to) ??
        (to < from ? `port range ${text} ends below its start` : undefined);
      if (problem !== undefined) issues.push({ path: at, message: problem });
      else specs.push({ protocol, from, to });
      continue;
    }
    if (/^\d+$/.test(text)) {
      const problem = portNumberProblem(Number(text));
      if (problem !== undefined) issues.push({ path: at, message: problem });
      else specs.push({ protocol, from: Number(text), to: Number(text) });
      continue;
    }
    const problem = portNameProblem(text);
    if (problem !== undefined) issues.push({ path: at, message: problem });
    else specs.push({ protocol, name: text });
  }
  return specs;
}

interface Scope {
  /** The policy's namespace; undefined for a GlobalNetworkPolicy. */
  namespace?: string;
}

function readPeers(
  entity: Entity | null | undefined,
  scope: Scope,
  path: FieldPath,
  issues: PolicyIssue[],
  notes: string[],
): 'any' | Peer[] {
  if (entity === null || entity === undefined) return 'any';
  const selector = readSelector(entity.selector, [...path, 'selector'], issues, notes);
  const namespaceSelector = readSelector(
    entity.namespaceSelector,
    [...path, 'namespaceSelector'],
    issues,
    notes,
  );
  const nets = entity.nets ?? [];
  for (const field of ['notNets', 'notSelector', 'serviceAccounts', 'services'] as const) {
    const value = entity[field];
    if (value !== null && value !== undefined && (!Array.isArray(value) || value.length > 0))
      notes.push(`${field} is not modelled`);
  }
  if ((entity.notPorts ?? []).length > 0) notes.push('notPorts is not modelled');
  const hasPods = selector !== undefined || namespaceSelector !== undefined;
  if (!hasPods && nets.length === 0) return 'any';
  const peers: Peer[] = [];
  if (hasPods) {
    const namespaces =
      namespaceSelector !== undefined
        ? namespaceMatcher(namespaceSelector, entity.namespaceSelector ?? '')
        : scope.namespace === undefined
          ? everyPod
          : inNamespace(scope.namespace);
    const pods = selector === undefined ? everyPod : endpointMatcher(selector, entity.selector ?? '');
    if (nets.length > 0)
      notes.push('a selector together with nets takes pods by address, which Bulwark does not know');
    peers.push({ kind: 'pods', matcher: allOf(namespaces, pods), path });
  } else {
    for (const [index, net] of nets.entries()) {
      const at = [...path, 'nets', index];
      const block = readIpBlock(net, [], at, at, issues);
      if (block !== undefined) peers.push({ kind: 'ip', ...block, mayMatchPods: true, path: at });
    }
  }
  return peers;
}

function narrowsEndpoints(entity: Entity | null | undefined): boolean {
  if (entity === null || entity === undefined) return false;
  return (
    [
      'nets',
      'notNets',
      'selector',
      'notSelector',
      'namespaceSelector',
      'serviceAccounts',
      'services',
    ] as const
  ).some((field) => {
    const value = entity[field];
    return value !== null && value !== undefined && (!Array.isArray(value) || value.length > 0);
  });
}

function readRules(
  rules: readonly Rule[],
  direction: 'ingress' | 'egress',
  scope: Scope,
  policy: NormalizedPolicy,
  issues: PolicyIssue[],
): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const [index, rule] of rules.entries()) {
    const path: FieldPath = ['spec', direction, index];
    const notes: string[] = [];
    const action = rule.action;
    if (!['Allow', 'Deny', 'Pass', 'Log'].includes(action)) {
      issues.push({
        path: [...path, 'action'],
        message: `action "${action}" is not Allow, Deny, Pass or Log`,
      });
      continue;
    }
    // The peer is the source of incoming traffic and the destination of outgoing traffic.
    const peerField = direction === 'ingress' ? 'source' : 'destination';
    const peers = readPeers(rule[peerField], scope, [...path, peerField], issues, notes);
    // The other side is the policy's own pod: conditions on it narrow which of its pods the rule covers.
    const ownSide = direction === 'ingress' ? rule.destination : rule.source;
    if (narrowsEndpoints(ownSide))
      notes.push(`conditions on the ${direction === 'ingress' ? 'destination' : 'source'} are not modelled`);
    if ((rule.source?.ports ?? []).length > 0) notes.push('source ports are not modelled');
    if (rule.notProtocol !== null && rule.notProtocol !== undefined)
      notes.push('notProtocol is not modelled');
    const ports = readPorts(rule, path, issues);
    if (action === 'Log') continue;
    if (action === 'Pass') {
      policy.approximations.push({
        path: [...path, 'action'],
        message: 'Pass hands the decision to the next tier, which Bulwark does not model',
      });
      continue;
    }
    if (action === 'Deny')
      notes.push('Calico applies Deny in rule order; Bulwark lets it override every allow');
    const approximate = notes.length === 0 ? undefined : [...new Set(notes)].join('; ');
    if (approximate !== undefined) policy.approximations.push({ path, message: approximate });
    out.push({
      peers,
      ports,
      action: action === 'Deny' ? 'deny' : 'allow',
      path,
      ...(approximate === undefined ? {} : { approximate }),
    });
  }
  return out;
}

/** A Calico NetworkPolicy or GlobalNetworkPolicy as reachability reads it. */
export function normalizeCalicoPolicy(entry: IndexedSpecObject): NormalizedPolicy {
  const global = entry.kind === 'GlobalNetworkPolicy';
  const scope: Scope = global ? {} : { namespace: namespaceOf(entry) };
  const policy: NormalizedPolicy = {
    entry,
    dialect: 'calico',
    ...(scope.namespace === undefined ? {} : { namespace: scope.namespace }),
    parts: [],
    errors: [],
    approximations: [],
  };
  const parsed = Spec.safeParse(entry.spec ?? {});
  if (!parsed.success) {
    policy.errors.push(...schemaIssues(parsed.error, ['spec']));
    return policy;
  }
  const spec = parsed.data;
  const issues: PolicyIssue[] = [];
  const notes: string[] = [];
  const selector = readSelector(spec.selector, ['spec', 'selector'], issues, notes);
  const namespaces = global
    ? readSelector(spec.namespaceSelector, ['spec', 'namespaceSelector'], issues, notes)
    : undefined;
  const ingressRules = spec.ingress ?? [];
  const egressRules = spec.egress ?? [];
  // Calico's default: Ingress unless there are only egress rules; Egress when there are egress rules.
  const types = spec.types ?? [
    ...(ingressRules.length > 0 || egressRules.length === 0 ? ['Ingress'] : []),
    ...(egressRules.length > 0 ? ['Egress'] : []),
  ];
  for (const [index, type] of types.entries())
    if (type !== 'Ingress' && type !== 'Egress')
      issues.push({
        path: ['spec', 'types', index],
        message: `policy type "${type}" is not Ingress or Egress`,
      });
  const ingress = readRules(ingressRules, 'ingress', scope, policy, issues);
  const egress = readRules(egressRules, 'egress', scope, policy, issues);
  policy.errors.push(...issues);
  if (issues.length > 0) return policy;
  const tier =
    spec.tier ?? (entry.name.includes('.') ? entry.name.slice(0, entry.name.indexOf('.')) : 'default');
  if (tier !== 'default') notes.push(`tier "${tier}" is judged on its own before the default tier`);
  for (const field of ['doNotTrack', 'preDNAT', 'applyOnForward'] as const)
    if (spec[field] === true) notes.push(`${field} applies to host endpoints, which Bulwark does not model`);
  if (spec.serviceAccountSelector !== null && spec.serviceAccountSelector !== undefined)
    notes.push('serviceAccountSelector reads service-account labels, which Bulwark does not model');
  const subject = allOf(
    scope.namespace === undefined ? everyPod : inNamespace(scope.namespace),
    namespaces === undefined ? everyPod : namespaceMatcher(namespaces, spec.namespaceSelector ?? ''),
    selector === undefined ? everyPod : endpointMatcher(selector, spec.selector ?? ''),
  );
  const approximate = notes.length === 0 ? undefined : [...new Set(notes)].join('; ');
  if (approximate !== undefined) policy.approximations.push({ path: ['spec'], message: approximate });
  policy.parts.push({
    policy,
    path: [],
    subject,
    subjectPath: ['spec', 'selector'],
    isolatesIngress: types.includes('Ingress'),
    isolatesEgress: types.includes('Egress'),
    ingress: types.includes('Ingress') ? ingress : [],
    egress: types.includes('Egress') ? egress : [],
    ...(approximate === undefined ? {} : { approximate }),
  });
  return policy;
}
