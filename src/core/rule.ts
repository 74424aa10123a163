import type { ClusterIndex } from './cluster.js';
import type { KubernetesVersion } from './kubernetes-version.js';
import type { FieldPath, LayerRef, Range } from './location.js';
import type { PssCheckLevel, PssEvaluation } from './pss.js';
import type { Severity } from './severity.js';

export const domains = [
  'dockerfile',
  'compose',
  'kubernetes-workload',
  'kubernetes-rbac',
  'kubernetes-network',
  'kubernetes-config',
  'image',
  'daemon',
  'vulnerability',
  'runtime',
] as const;
export type Domain = (typeof domains)[number];

/** The typed view a rule receives; `sources/views.ts` maps each target to its view type. */
export const ruleTargets = [
  'dockerfile',
  'pod-spec',
  'kubernetes-object',
  'compose-service',
  'image',
  'docker-daemon',
  'container',
  'node',
] as const;
export type RuleTarget = (typeof ruleTargets)[number];

export interface References {
  pss?: { level: PssCheckLevel; control: string };
  cis?: readonly string[];
  hadolint?: readonly string[];
  trivy?: readonly string[];
  mitre?: readonly string[];
  urls?: readonly string[];
}

export type MessageData = Readonly<Record<string, string | number>>;

/** What a rule's check returns: a message id from the rule's `messages`, and where. */
export interface Violation<MessageId extends string = string> {
  messageId: MessageId;
  data?: MessageData;
  /** Field path inside the resource document; resolved to a line by the source's locator. */
  path?: FieldPath;
  /** Exact text range when the source is line-based (Dockerfiles); wins over `path` for the line. */
  range?: Range;
  /** Rare: a violation whose risk differs from the rule default (e.g. a Docker socket mount). */
  severity?: Severity;
  /** Image rules: the layer that holds what was found. */
  layer?: LayerRef;
  /** Image rules: the path of the file inside the image (`/etc/shadow`), reported as the location's path. */
  filePath?: string;
  /** Image rules: the line inside that file, when the finding is about a line. */
  line?: number;
}

export interface RuleContext {
  pss: PssEvaluation;
  kubernetesVersion: KubernetesVersion;
  trustedRegistries: readonly string[];
  /**
   * The Kubernetes objects of the whole input that cross-object rules look up. Complete for objects of the
   * `clusterJudgedKinds`; for every other object only the `earlyIndexParts` are filled (see core/cluster.ts).
   * Absent when the caller has no view of other objects (an image scan): cross-object rules then stay silent.
   */
  cluster?: ClusterIndex;
}

export interface RuleMeta<MessageId extends string = string> {
  id: string;
  slug: string;
  title: string;
  severity: Severity;
  domain: Domain;
  target: RuleTarget;
  /** Resource kinds the rule judges, for docs and filtering (`Deployment`, `Dockerfile`, `ComposeService`, …). */
  appliesTo: readonly string[];
  rationale: string;
  remediation: string;
  references: References;
  messages: Readonly<Record<MessageId, string>>;
  aliases?: readonly string[];
  /** Off unless enabled in `.bulwark.yaml` or with `--rule` (hadolint's opt-in rules, noisy checks). */
  optIn?: boolean;
  /**
   * The rule reads other objects through `context.cluster`, so the engine judges it after every file is indexed
   * (as it does every rule of the `clusterRuleDomains`); see core/cluster.ts.
   */
  crossObject?: boolean;
}

export interface Rule<View, MessageId extends string = string> extends RuleMeta<MessageId> {
  check(view: View, context: RuleContext): Iterable<Violation<MessageId>>;
  /**
   * Whether a view is something this rule judges (a kube-apiserver pod, not any pod); without it, every view of the
   * rule's target whose kind is in `appliesTo`. A compliance control counts as passed only when a rule covering it
   * judged something, so a scan without a control plane never passes control-plane controls.
   */
  judges?(view: View): boolean;
}

const placeholder = /\{\{\s*(?<name>\w+)\s*\}\}/g;

export function formatMessage(template: string, data: MessageData | undefined): string {
  return template.replace(placeholder, (whole, name: string) => {
    const value = data?.[name];
    return value === undefined ? whole : String(value);
  });
}

export function ruleMatchesId(rule: Pick<RuleMeta, 'id' | 'slug' | 'aliases'>, id: string): boolean {
  const wanted = id.toUpperCase();
  return rule.id === wanted || rule.slug === id || (rule.aliases ?? []).includes(wanted);
}
