import type { LabelSelector } from '../../../../core/index.js';
import { allOf, everyPod, inNamespace, selectorKey, selectorTri, unknownMatcher } from './matchers.js';
import type { Labels, PodContext, PodMatcher } from './model.js';

const podNamespaceLabel = 'io.kubernetes.pod.namespace';
const namespaceLabelsPrefix = 'io.cilium.k8s.namespace.labels.';
const serviceAccountLabel = 'io.cilium.k8s.policy.serviceaccount';

const endpointLabelCache = new WeakMap<PodContext, Labels>();

/** The labels Cilium gives a pod's identity: its own, its namespace and service account, its namespace's labels. */
function endpointLabels(pod: PodContext): Labels {
  let labels = endpointLabelCache.get(pod);
  if (labels === undefined) {
    const out: Record<string, string> = { ...pod.labels };
    out[podNamespaceLabel] = pod.namespace;
    out[serviceAccountLabel] = pod.serviceAccount;
    for (const [key, value] of Object.entries(pod.namespaceLabels))
      out[`${namespaceLabelsPrefix}${key}`] = value;
    labels = out;
    endpointLabelCache.set(pod, labels);
  }
  return labels;
}

/** `k8s:app` and `any:app` are `app`; other sources (`reserved:`, `cidr:`) name identities that are not pods. */
function plainKey(key: string): string | undefined {
  const colon = key.indexOf(':');
  if (colon < 0) return key;
  const source = key.slice(0, colon);
  return source === 'k8s' || source === 'any' ? key.slice(colon + 1) : undefined;
}

function plainSelector(selector: LabelSelector): LabelSelector | undefined {
  const matchLabels: Record<string, string> = {};
  for (const [key, value] of Object.entries(selector.matchLabels)) {
    const plain = plainKey(key);
    if (plain === undefined) return undefined;
    matchLabels[plain] = value;
  }
  const matchExpressions = [];
  for (const requirement of selector.matchExpressions) {
    const plain = plainKey(requirement.key);
    if (plain === undefined) return undefined;
    matchExpressions.push({ ...requirement, key: plain });
  }
  return { matchLabels, matchExpressions };
}

function isNamespaceKey(key: string): boolean {
  return key === podNamespaceLabel || key.startsWith(namespaceLabelsPrefix);
}

function mentionsPodNamespace(selector: LabelSelector): boolean {
  return (
    selector.matchLabels[podNamespaceLabel] !== undefined ||
    selector.matchExpressions.some((requirement) => requirement.key === podNamespaceLabel)
  );
}

/**
 * A Cilium endpoint selector as a pod matcher. In a namespaced policy it only ever selects pods of the policy's
 * namespace, unless it names the namespace label itself (peers may reach into other namespaces that way).
 */
export function ciliumMatcher(
  selector: LabelSelector,
  namespace: string | undefined,
  isPeer: boolean,
): PodMatcher {
  const plain = plainSelector(selector);
  const scope = namespace === undefined ? undefined : new Set([namespace]);
  if (plain === undefined) return unknownMatcher(`cilium${selectorKey(selector)}`, scope);
  const restricted = namespace !== undefined && !(isPeer && mentionsPodNamespace(plain));
  const keys = [
    ...Object.keys(plain.matchLabels),
    ...plain.matchExpressions.map((requirement) => requirement.key),
  ];
  const named = plain.matchLabels[podNamespaceLabel];
  const matcher: PodMatcher =
    keys.length === 0
      ? everyPod
      : {
          key: `cilium${selectorKey(plain)}`,
          test: (pod) =>
            selectorTri(
              plain,
              endpointLabels(pod),
              (key) =>
                pod.namespaceKnown ||
                !key.startsWith(namespaceLabelsPrefix) ||
                key === `${namespaceLabelsPrefix}kubernetes.io/metadata.name`,
            ),
          ...(named === undefined ? {} : { namespaces: new Set([named]) }),
          namespaceOnly: keys.every(isNamespaceKey),
        };
  return restricted ? allOf(inNamespace(namespace), matcher) : matcher;
}
