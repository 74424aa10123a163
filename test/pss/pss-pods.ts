// Minimal valid pods per level and version, built the way Pod Security Admission's own fixtures are
// (k8s.io/pod-security-admission test/fixtures.go): a baseline pod valid at every version, and restricted pods that
// add one requirement at the version where its check appears. Fixtures are small tweaks of these pods.
import type { Finding } from '../../src/core/index.js';
import { parseKubernetesVersion } from '../../src/core/index.js';
import { evaluateFile } from '../../src/engines/scan/evaluate.js';
import { buildUnits } from '../../src/engines/scan/units.js';
import { pssRules } from '../../src/rules/kubernetes/workload/pss/index.js';

export type Level = 'baseline' | 'restricted';

export interface SecurityContext {
  [field: string]: unknown;
  capabilities?: { add?: string[]; drop?: string[] };
}

export interface Container {
  [field: string]: unknown;
  name: string;
  image: string;
  securityContext?: SecurityContext;
}

export interface PodSpec {
  [field: string]: unknown;
  initContainers: Container[];
  containers: Container[];
  ephemeralContainers?: Container[];
  securityContext?: SecurityContext;
  volumes?: Record<string, unknown>[];
}

export interface Pod {
  apiVersion: 'v1';
  kind: 'Pod';
  metadata: { name: string; annotations?: Record<string, string> };
  spec: PodSpec;
}

export function tweak(pod: Pod, change: (copy: Pod) => void): Pod {
  const copy = structuredClone(pod);
  change(copy);
  return copy;
}

/** The container's security context, created when missing. */
export function sc(container: Container | undefined): SecurityContext {
  if (container === undefined) throw new Error('fixture refers to a container the pod does not have');
  container.securityContext ??= {};
  return container.securityContext;
}

export function podSc(pod: Pod): SecurityContext {
  pod.spec.securityContext ??= {};
  return pod.spec.securityContext;
}

export function annotate(pod: Pod, key: string, value: string): void {
  pod.metadata.annotations = { ...pod.metadata.annotations, [key]: value };
}

const baseline: Pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'fixture' },
  spec: {
    initContainers: [{ name: 'initcontainer1', image: 'registry.k8s.io/pause' }],
    containers: [{ name: 'container1', image: 'registry.k8s.io/pause' }],
  },
};

const restricted1Dot0 = tweak(baseline, (pod) => {
  pod.spec.securityContext = { runAsNonRoot: true };
});
const restricted1Dot8 = tweak(restricted1Dot0, (pod) => {
  sc(pod.spec.containers[0]).allowPrivilegeEscalation = false;
  sc(pod.spec.initContainers[0]).allowPrivilegeEscalation = false;
});
const restricted1Dot19 = tweak(restricted1Dot8, (pod) => {
  podSc(pod).seccompProfile = { type: 'RuntimeDefault' };
});
const restricted1Dot22 = tweak(restricted1Dot19, (pod) => {
  sc(pod.spec.containers[0]).capabilities = { drop: ['ALL'] };
  sc(pod.spec.initContainers[0]).capabilities = { drop: ['ALL'] };
});

const restrictedPods: readonly { since: number; pod: Pod }[] = [
  { since: 22, pod: restricted1Dot22 },
  { since: 19, pod: restricted1Dot19 },
  { since: 8, pod: restricted1Dot8 },
  { since: 0, pod: restricted1Dot0 },
];

export function minimalValidPod(level: Level, minor: number): Pod {
  if (level === 'baseline') return structuredClone(baseline);
  const found = restrictedPods.find((entry) => minor >= entry.since);
  if (found === undefined) throw new Error(`no restricted pod for 1.${minor}`);
  return structuredClone(found.pod);
}

export interface Judgement {
  findings: Finding[];
  errors: string[];
}

/** Runs every Pod Security rule on the pod, as `bulwark scan --pss LEVEL --k8s-version 1.N` would. */
export function judge(pod: Pod, level: Level, minor: number): Judgement {
  const file = 'pod.json';
  const units = buildUnits(JSON.stringify(pod, null, 2), file, 'yaml');
  const version = parseKubernetesVersion(`1.${minor}`);
  if (version === undefined) throw new Error(`bad version 1.${minor}`);
  const evaluation = evaluateFile(
    file,
    units,
    pssRules.map((rule) => ({ rule, severity: rule.severity })),
    {
      pss: { cli: { level, version } },
      namespaces: new Map(),
      trustedRegistries: [],
    },
    { directives: [], exceptions: [], exceptionCoversFile: () => true, today: '2026-01-01' },
  );
  return {
    findings: evaluation.findings.filter((finding) => finding.references.pss !== undefined),
    errors: evaluation.errors.map((error) => `${error.line}: ${error.message}`),
  };
}

/** One tweak of the minimal valid pod and PSA's verdict on it at every level and policy version. */
export interface Fixture {
  check: string;
  name: string;
  tweak(pod: Pod): void;
  /** Whether PSA rejects the tweaked pod at this level and policy version (1.`minor`). */
  rejected(level: Level, minor: number): boolean;
  /** PSA checks allowed to report the rejection (the findings' `references.pss.control`). */
  controls: readonly string[];
}

export function always(): boolean {
  return true;
}

export function never(): boolean {
  return false;
}

export function fromVersion(since: number): (level: Level, minor: number) => boolean {
  return (_level, minor) => minor >= since;
}

export function restrictedOnly(
  when: (minor: number) => boolean = always,
): (level: Level, minor: number) => boolean {
  return (level, minor) => level === 'restricted' && when(minor);
}

export function first(pod: Pod): Container {
  const container = pod.spec.containers[0];
  if (container === undefined) throw new Error('the minimal pod has a container');
  return container;
}

export function firstInit(pod: Pod): Container {
  const container = pod.spec.initContainers[0];
  if (container === undefined) throw new Error('the minimal pod has an init container');
  return container;
}

/** An ephemeral container that copies the first container, so it is as valid as the pod's own containers. */
export function addEphemeral(pod: Pod, change: (container: Container) => void = () => undefined): void {
  const copy = structuredClone(first(pod));
  copy.name = 'debugger';
  change(copy);
  pod.spec.ephemeralContainers = [copy];
}
