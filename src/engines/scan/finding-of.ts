import type {
  Finding,
  Location,
  ResourceRef,
  RuleContext,
  Suppression,
  Violation,
} from '../../core/index.js';
import { formatMessage, latestKubernetesVersion } from '../../core/index.js';
import type { SelectedRule } from './select-rules.js';

/** Where a finding points and how it is known again; each engine works these out its own way. */
export interface FindingPlace {
  location: Location;
  resource: ResourceRef;
  fingerprint: string;
  /** Set when something outside the rule (a VEX statement) already suppresses it. */
  suppression?: Suppression;
}

/** A finding from a rule's violation, in the report's key order: every engine builds its findings here. */
export function findingOf(selected: SelectedRule, violation: Violation, place: FindingPlace): Finding {
  const { rule } = selected;
  const template = rule.messages[violation.messageId] ?? violation.messageId;
  return {
    ruleId: rule.id,
    slug: rule.slug,
    severity: violation.severity ?? selected.severity,
    title: rule.title,
    messageId: violation.messageId,
    message: formatMessage(template, violation.data),
    location: place.location,
    resource: place.resource,
    references: rule.references,
    status: place.suppression === undefined ? 'fail' : 'suppressed',
    ...(place.suppression === undefined ? {} : { suppression: place.suppression }),
    fingerprint: place.fingerprint,
  };
}

/** The context of rules whose views are not Kubernetes objects (images, nodes, Docker hosts): neutral defaults. */
export function neutralRuleContext(trustedRegistries: readonly string[] = []): RuleContext {
  return {
    pss: { level: 'all', version: latestKubernetesVersion, origin: 'default' },
    kubernetesVersion: latestKubernetesVersion,
    trustedRegistries,
  };
}
