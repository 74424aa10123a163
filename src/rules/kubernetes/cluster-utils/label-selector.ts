import type { LabelSelector, LabelSelectorRequirement } from '../../../core/index.js';

export const selectorOperators = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;

function requirementMatches(
  requirement: LabelSelectorRequirement,
  labels: Readonly<Record<string, string>>,
): boolean {
  const value = labels[requirement.key];
  switch (requirement.operator) {
    case 'In':
      return value !== undefined && requirement.values.includes(value);
    case 'NotIn':
      return value === undefined || !requirement.values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    default:
      // The API server refuses an unknown operator, so the selector selects nothing.
      return false;
  }
}

/** Kubernetes label-selector semantics: every `matchLabels` pair and every expression must hold; empty selects all. */
export function selectorMatches(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels)) if (labels[key] !== value) return false;
  for (const requirement of selector.matchExpressions)
    if (!requirementMatches(requirement, labels)) return false;
  return true;
}
