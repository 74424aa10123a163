import { z } from 'zod';
import type { FieldPath, IndexedSpecObject, PlainData } from '../../../../core/index.js';
import { namespaceOf } from '../../../../core/index.js';
import { LabelSelector as LabelSelectorSchema } from '../../cluster-utils/schema.js';
import type { Cidr } from './cidr.js';
import { parseAddress, parseCidr } from './cidr.js';
import { ciliumMatcher } from './cilium-selector.js';
import { everyPod, selectorIssues } from './matchers.js';
import type { NormalizedPolicy, Peer, PolicyIssue, PolicyRule, UnknownPeer } from './model.js';
import { portNameProblem, portNumberProblem, readIpBlock, schemaIssues } from './policy-input.js';
import type { PortMatch, PortSpec } from './ports.js';
import { isPortProtocol, portProtocols } from './ports.js';

const Strings = z
  .array(z.string())
  .nullish()
  .transform((value) => value ?? []);
const Selectors = z
  .array(LabelSelectorSchema)
  .nullish()
  .transform((value) => value ?? []);
const Ports = z
  .array(
    z.looseObject({
      ports: z
        .array(
          z.looseObject({
            port: z.union([z.string(), z.number()]).nullish(),
            endPort: z.number().nullish(),
            protocol: z.string().nullish(),
          }),
        )
        .nullish()
        .transform((value) => value ?? []),
      rules: z.looseObject({}).nullish(),
    }),
  )
  .nullish();
const CidrSets = z
  .array(
    z.looseObject({
      cidr: z.string().nullish(),
      cidrGroupRef: z.string().nullish(),
      except: Strings,
    }),
  )
  .nullish()
  .transform((value) => value ?? []);
const Others = z.array(z.unknown()).nullish();

const Rule = z.looseObject({
  fromEndpoints: Selectors,
  toEndpoints: Selectors,
  fromCIDR: Strings,
  toCIDR: Strings,
  fromCIDRSet: CidrSets,
  toCIDRSet: CidrSets,
  fromEntities: Strings,
  toEntities: Strings,
  toPorts: Ports,
  fromRequires: Others,
  toRequires: Others,
  fromGroups: Others,
  toGroups: Others,
  fromNodes: Others,
  toNodes: Others,
  toFQDNs: Others,
  toServices: Others,
  icmps: Others,
});
type Rule = z.infer<typeof Rule>;
const Rules = z
  .array(Rule)
  .nullish()
  .transform((value) => value ?? []);

const Spec = z.looseObject({
  endpointSelector: LabelSelectorSchema.nullish(),
  nodeSelector: LabelSelectorSchema.nullish(),
  ingress: Rules,
  ingressDeny: Rules,
  egress: Rules,
  egressDeny: Rules,
  enableDefaultDeny: z
    .looseObject({ ingress: z.boolean().nullish(), egress: z.boolean().nullish() })
    .nullish(),
});
type Spec = z.infer<typeof Spec>;

function readCidr(text: string, path: FieldPath, issues: PolicyIssue[]): Cidr | undefined {
  // Cilium takes a bare address as a single-address block.
  const address = parseAddress(text);
  const parsed = parseCidr(address === undefined ? text : `${text}/${address.family === 4 ? 32 : 128}`);
  if ('error' in parsed) {
    issues.push({ path, message: `malformed CIDR: ${parsed.error}` });
    return undefined;
  }
  return parsed.cidr;
}

const worldBlocks = ['0.0.0.0/0', '::/0'];

interface Direction {
  endpoints: 'fromEndpoints' | 'toEndpoints';
  cidr: 'fromCIDR' | 'toCIDR';
  cidrSet: 'fromCIDRSet' | 'toCIDRSet';
  entities: 'fromEntities' | 'toEntities';
  unmodelled: readonly (keyof Rule)[];
}

const ingressFields: Direction = {
  endpoints: 'fromEndpoints',
  cidr: 'fromCIDR',
  cidrSet: 'fromCIDRSet',
  entities: 'fromEntities',
  unmodelled: ['fromRequires', 'fromGroups', 'fromNodes'],
};
const egressFields: Direction = {
  endpoints: 'toEndpoints',
  cidr: 'toCIDR',
  cidrSet: 'toCIDRSet',
  entities: 'toEntities',
  unmodelled: ['toRequires', 'toGroups', 'toNodes', 'toFQDNs', 'toServices'],
};

function listed(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

function readPorts(rule: Rule, path: FieldPath, issues: PolicyIssue[], notes: string[]): PortMatch {
  const toPorts = rule.toPorts;
  if (toPorts === null || toPorts === undefined) return listed(rule.icmps) ? [] : 'any';
  const specs: PortSpec[] = [];
  for (const [index, entry] of toPorts.entries()) {
    if (entry.rules !== null && entry.rules !== undefined)
      notes.push('its layer-7 rules filter further than ports, which Bulwark does not model');
    if (entry.ports.length === 0) return 'any';
    for (const [portIndex, port] of entry.ports.entries()) {
      const at = [...path, 'toPorts', index, 'ports', portIndex];
      const protocolText = (port.protocol ?? 'ANY').toUpperCase();
      if (protocolText !== 'ANY' && !isPortProtocol(protocolText)) {
        issues.push({
          path: [...at, 'protocol'],
          message: `protocol "${port.protocol}" is not TCP, UDP, SCTP or ANY`,
        });
        continue;
      }
      const protocols = protocolText === 'ANY' ? portProtocols : [protocolText];
      const value = port.port === null || port.port === undefined ? '0' : String(port.port);
      if (/^\d+$/.test(value)) {
        const number = Number(value);
        const endPort = port.endPort ?? undefined;
        if (number === 0) {
          for (const protocol of protocols) specs.push({ protocol });
          continue;
        }
        const problem =
          portNumberProblem(number) ?? (endPort === undefined ? undefined : portNumberProblem(endPort));
        if (problem !== undefined || (endPort !== undefined && endPort < number)) {
          issues.push({
            path: [...at, problem === undefined ? 'endPort' : 'port'],
            message: problem ?? `endPort ${endPort} is below port ${number}`,
          });
          continue;
        }
        for (const protocol of protocols) specs.push({ protocol, from: number, to: endPort ?? number });
        continue;
      }
      const problem = portNameProblem(value);
      if (problem !== undefined) issues.push({ path: [...at, 'port'], message: problem });
      else for (const protocol of protocols) specs.push({ protocol, name: value });
    }
  }
  return specs;
}

const entityPeers: Readonly<Record<string, { covers: UnknownPeer['covers']; what: string }>> = {
  host: { covers: 'host-network', what: 'the local node' },
  'remote-node': { covers: 'host-network', what: 'the other nodes' },
  'kube-apiserver': { covers: 'all', what: 'the API server' },
  ingress: { covers: 'all', what: 'Cilium’s ingress proxy' },
  health: { covers: 'all', what: 'health checks' },
  init: { covers: 'all', what: 'endpoints still being set up' },
  unmanaged: { covers: 'all', what: 'pods Cilium does not manage' },
};

function readEntities(
  entities: readonly string[],
  path: FieldPath,
  peers: Peer[],
  issues: PolicyIssue[],
): boolean {
  let any = false;
  for (const [index, entity] of entities.entries()) {
    const at = [...path, index];
    if (entity === 'all') any = true;
    else if (entity === 'cluster') peers.push({ kind: 'pods', matcher: everyPod, path: at });
    else if (entity === 'world' || entity === 'world-ipv4' || entity === 'world-ipv6') {
      const blocks = entity === 'world' ? worldBlocks : entity === 'world-ipv4' ? ['0.0.0.0/0'] : ['::/0'];
      for (const text of blocks) {
        const parsed = parseCidr(text);
        if ('cidr' in parsed)
          peers.push({ kind: 'ip', cidr: parsed.cidr, except: [], mayMatchPods: false, path: at });
      }
    } else if (entityPeers[entity] !== undefined) {
      const known = entityPeers[entity];
      peers.push({
        kind: 'unknown',
        covers: known.covers,
        reason: `entity "${entity}" (${known.what}) is not modelled`,
        path: at,
      });
    } else if (entity !== 'none') {
      issues.push({ path: at, message: `"${entity}" is not a Cilium entity` });
    }
  }
  return any;
}

/** Peer fields Bulwark does not resolve, and what they may stand for. */
const unresolvedPeers: Readonly<Record<string, UnknownPeer['covers']>> = {
  fromGroups: 'addresses',
  toGroups: 'addresses',
  toFQDNs: 'addresses',
  fromNodes: 'host-network',
  toNodes: 'host-network',
  toServices: 'pods',
};

function readRule(
  rule: Rule,
  fields: Direction,
  action: 'allow' | 'deny',
  namespace: string | undefined,
  path: FieldPath,
  issues: PolicyIssue[],
): PolicyRule {
  const notes: string[] = [];
  const peers: Peer[] = [];
  let any = false;
  const endpoints = rule[fields.endpoints];
  for (const [index, selector] of endpoints.entries()) {
    const at = [...path, fields.endpoints, index];
    issues.push(...selectorIssues(selector, at));
    const matcher = ciliumMatcher(selector, namespace, true);
    if (matcher.key.startsWith('unknown:')) notes.push('a selector names labels of a source other than k8s');
    peers.push({ kind: 'pods', matcher, path: at });
  }
  for (const [index, text] of rule[fields.cidr].entries()) {
    const at = [...path, fields.cidr, index];
    const cidr = readCidr(text, at, issues);
    if (cidr !== undefined) peers.push({ kind: 'ip', cidr, except: [], mayMatchPods: false, path: at });
  }
  for (const [index, set] of rule[fields.cidrSet].entries()) {
    const at = [...path, fields.cidrSet, index];
    if (set.cidr === null || set.cidr === undefined) {
      if (set.cidrGroupRef !== null && set.cidrGroupRef !== undefined)
        peers.push({
          kind: 'unknown',
          covers: 'addresses',
          reason: 'CIDR groups are not resolved by Bulwark',
          path: at,
        });
      continue;
    }
    const block = readIpBlock(set.cidr, set.except, [...at, 'cidr'], [...at, 'except'], issues);
    if (block !== undefined) peers.push({ kind: 'ip', ...block, mayMatchPods: false, path: at });
  }
  if (readEntities(rule[fields.entities], [...path, fields.entities], peers, issues)) any = true;
  const unmodelled = fields.unmodelled.filter((field) => listed(rule[field]));
  for (const field of unmodelled) {
    const covers = unresolvedPeers[field];
    // Requirements narrow a rule rather than name peers: the answer may allow more than the cluster does.
    if (covers === undefined) notes.push(`${field} narrows the rule in a way Bulwark does not model`);
    else
      peers.push({
        kind: 'unknown',
        covers,
        reason: `${field} is not resolved by Bulwark`,
        path: [...path, field],
      });
  }
  const ports = readPorts(rule, path, issues, notes);
  const hasLayer3 =
    endpoints.length > 0 ||
    rule[fields.cidr].length > 0 ||
    rule[fields.cidrSet].length > 0 ||
    rule[fields.entities].length > 0 ||
    unmodelled.length > 0;
  // A rule without any peer field applies to every peer when it names ports, and to none when it is empty ({}).
  const allPeers = any || (!hasLayer3 && rule.toPorts !== null && rule.toPorts !== undefined);
  return {
    peers: allPeers ? 'any' : peers,
    ports,
    action,
    path,
    ...(notes.length === 0 ? {} : { approximate: [...new Set(notes)].join('; ') }),
  };
}

function readRules(
  rules: readonly Rule[],
  fields: Direction,
  action: 'allow' | 'deny',
  namespace: string | undefined,
  path: FieldPath,
  issues: PolicyIssue[],
): PolicyRule[] {
  return rules.map((rule, index) => readRule(rule, fields, action, namespace, [...path, index], issues));
}

function specsOf(entry: IndexedSpecObject): { spec: PlainData; path: FieldPath }[] {
  const out: { spec: PlainData; path: FieldPath }[] = [];
  if (entry.spec !== null) out.push({ spec: entry.spec, path: ['spec'] });
  if (Array.isArray(entry.specs))
    for (const [index, spec] of entry.specs.entries()) out.push({ spec, path: ['specs', index] });
  else if (entry.specs !== undefined && entry.specs !== null)
    out.push({ spec: entry.specs, path: ['specs'] });
  return out;
}

function addPart(policy: NormalizedPolicy, spec: Spec, path: FieldPath, issues: PolicyIssue[]): void {
  const namespace = policy.namespace;
  if (spec.nodeSelector !== null && spec.nodeSelector !== undefined) {
    policy.approximations.push({
      path: [...path, 'nodeSelector'],
      message: 'host policies (nodeSelector) apply to nodes, which Bulwark does not model',
    });
    return;
  }
  const selector = spec.endpointSelector;
  if (selector === null || selector === undefined) {
    issues.push({ path, message: 'a Cilium rule needs an endpointSelector (or a nodeSelector)' });
    return;
  }
  issues.push(...selectorIssues(selector, [...path, 'endpointSelector']));
  const subject = ciliumMatcher(selector, namespace, false);
  const ingress = [
    ...readRules(spec.ingress, ingressFields, 'allow', namespace, [...path, 'ingress'], issues),
    ...readRules(spec.ingressDeny, ingressFields, 'deny', namespace, [...path, 'ingressDeny'], issues),
  ];
  const egress = [
    ...readRules(spec.egress, egressFields, 'allow', namespace, [...path, 'egress'], issues),
    ...readRules(spec.egressDeny, egressFields, 'deny', namespace, [...path, 'egressDeny'], issues),
  ];
  for (const rule of [...ingress, ...egress])
    if (rule.approximate !== undefined)
      policy.approximations.push({ path: rule.path, message: rule.approximate });
  // Rules in a direction put the selected pods into default deny for it, unless the policy opts out.
  const isolatesIngress = ingress.length > 0 && spec.enableDefaultDeny?.ingress !== false;
  const isolatesEgress = egress.length > 0 && spec.enableDefaultDeny?.egress !== false;
  const unknownSubject = subject.key.startsWith('unknown:');
  if (unknownSubject)
    policy.approximations.push({
      path: [...path, 'endpointSelector'],
      message: 'the selector names labels of a source other than k8s',
    });
  policy.parts.push({
    policy,
    path,
    subject,
    subjectPath: [...path, 'endpointSelector'],
    isolatesIngress,
    isolatesEgress,
    ingress,
    egress,
  });
}

/** A CiliumNetworkPolicy or CiliumClusterwideNetworkPolicy as reachability reads it. */
export function normalizeCiliumPolicy(entry: IndexedSpecObject): NormalizedPolicy {
  const clusterWide = entry.kind === 'CiliumClusterwideNetworkPolicy';
  const policy: NormalizedPolicy = {
    entry,
    dialect: 'cilium',
    ...(clusterWide ? {} : { namespace: namespaceOf(entry) }),
    parts: [],
    errors: [],
    approximations: [],
  };
  const specs = specsOf(entry);
  if (specs.length === 0) {
    policy.errors.push({ path: [], message: 'a Cilium policy needs spec or specs' });
    return policy;
  }
  const issues: PolicyIssue[] = [];
  for (const { spec, path } of specs) {
    const parsed = Spec.safeParse(spec);
    if (!parsed.success) {
      issues.push(...schemaIssues(parsed.error, path));
      continue;
    }
    addPart(policy, parsed.data, path, issues);
  }
  policy.errors.push(...issues);
  if (issues.length > 0) policy.parts = [];
  return policy;
}
