import type { LabelSelector, LabelSelectorRequirement } from '../../../../core/index.js';
import { selectorMatches, selectorOperators } from '../../cluster-utils/label-selector.js';
import type { Labels, PodContext, PodMatcher, PolicyIssue, Tri } from './model.js';
import { triAnd, triOf } from './tri.js';

/** The label the API server puts on every Namespace, so selectors can pick namespaces by name. */
export const namespaceNameLabel = 'kubernetes.io/metadata.name';

export const emptySelector: LabelSelector = { matchLabels: {}, matchExpressions: [] };

export function isEmptySelector(selector: LabelSelector): boolean {
  return Object.keys(selector.matchLabels).length === 0 && selector.matchExpressions.length === 0;
}

/** A stable text for a selector, so equal selectors share cached answers. */
export function selectorKey(selector: LabelSelector): string {
  const labels = Object.entries(selector.matchLabels)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`);
  const expressions = selector.matchExpressions.map(
    (requirement) =>
      `${requirement.key} ${requirement.operator} (${[...requirement.values].sort().join(',')})`,
  );
  return `{${[...labels, ...expressions].join(';')}}`;
}

/**
 * Selector against labels of which only some keys are known: a requirement on a known key decides, one on an
 * unknown key leaves the answer open.
 */
export function selectorTri(selector: LabelSelector, labels: Labels, isKnown: (key: string) => boolean): Tri {
  let answer: Tri = 'yes';
  for (const [key, value] of Object.entries(selector.matchLabels))
    answer = triAnd(answer, isKnown(key) ? triOf(labels[key] === value) : 'maybe');
  for (const requirement of selector.matchExpressions) {
    const single: LabelSelector = { matchLabels: {}, matchExpressions: [requirement] };
    answer = triAnd(answer, isKnown(requirement.key) ? triOf(selectorMatches(single, labels)) : 'maybe');
  }
  return answer;
}

export const everyPod: PodMatcher = { key: 'all', test: () => 'yes', namespaceOnly: true };

/** A matcher that cannot be decided: it never selects for sure, and always leaves the answer open. */
export function unknownMatcher(key: string, namespaces?: ReadonlySet<string>): PodMatcher {
  return {
    key: `unknown:${key}`,
    test: (pod) => (namespaces === undefined || namespaces.has(pod.namespace) ? 'maybe' : 'no'),
    ...(namespaces === undefined ? {} : { namespaces }),
    namespaceOnly: false,
  };
}

export function inNamespace(namespace: string): PodMatcher {
  return {
    key: `ns=${namespace}`,
    test: (pod) => triOf(pod.namespace === namespace),
    namespaces: new Set([namespace]),
    namespaceOnly: true,
  };
}

export function podLabelMatcher(selector: LabelSelector): PodMatcher {
  if (isEmptySelector(selector)) return everyPod;
  return {
    key: `pod${selectorKey(selector)}`,
    test: (pod) => triOf(selectorMatches(selector, pod.labels)),
    namespaceOnly: false,
  };
}

const knowsOnlyName = (key: string) => key === namespaceNameLabel;

/** Pods whose namespace's labels match; a namespace missing from the input is known only by its name label. */
export function namespaceLabelMatcher(selector: LabelSelector): PodMatcher {
  if (isEmptySelector(selector)) return everyPod;
  return {
    key: `nsl${selectorKey(selector)}`,
    test: (pod) =>
      pod.namespaceKnown
        ? triOf(selectorMatches(selector, pod.namespaceLabels))
        : selectorTri(selector, pod.namespaceLabels, knowsOnlyName),
    namespaceOnly: true,
  };
}

function intersect(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined) {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return new Set([...a].filter((name) => b.has(name)));
}

/** Pods every matcher takes. */
export function allOf(...matchers: readonly PodMatcher[]): PodMatcher {
  const useful = matchers.filter((matcher) => matcher !== everyPod);
  if (useful.length === 0) return everyPod;
  if (useful.length === 1 && useful[0] !== undefined) return useful[0];
  let namespaces: ReadonlySet<string> | undefined;
  for (const matcher of useful) namespaces = intersect(namespaces, matcher.namespaces);
  return {
    key: useful.map((matcher) => matcher.key).join('&'),
    test(pod: PodContext) {
      let answer: Tri = 'yes';
      for (const matcher of useful) {
        answer = triAnd(answer, matcher.test(pod));
        if (answer === 'no') return 'no';
      }
      return answer;
    },
    ...(namespaces === undefined ? {} : { namespaces }),
    namespaceOnly: useful.every((matcher) => matcher.namespaceOnly),
  };
}

/** What the API server refuses in a label selector: unknown operators, values where none belong and the reverse. */
export function selectorIssues(selector: LabelSelector, path: readonly (string | number)[]): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  for (const [index, requirement] of selector.matchExpressions.entries()) {
    const at = [...path, 'matchExpressions', index];
    const problem = requirementProblem(requirement);
    if (problem !== undefined) issues.push({ path: [...at, problem.field], message: problem.message });
  }
  return issues;
}

function requirementProblem(
  requirement: LabelSelectorRequirement,
): { field: string; message: string } | undefined {
  const { operator, values } = requirement;
  if (!(selectorOperators as readonly string[]).includes(operator))
    return {
      field: 'operator',
      message: `selector operator "${operator}" is not one of ${selectorOperators.join(', ')}`,
    };
  if ((operator === 'In' || operator === 'NotIn') && values.length === 0)
    return { field: 'operator', message: `selector operator ${operator} needs at least one value` };
  if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0)
    return { field: 'values', message: `selector operator ${operator} takes no values` };
  return undefined;
}
