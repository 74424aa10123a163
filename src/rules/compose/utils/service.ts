import type { FieldPath, MessageData } from '../../../core/index.js';
import type { ComposeServiceView } from '../../../sources/index.js';

/** Resource kinds compose rules judge, for docs and filtering. */
export const composeServiceKinds: readonly string[] = ['ComposeService'];

/** Where a field of the service sits (or should sit) in the file. */
export function fieldPath(view: ComposeServiceView, ...segments: (string | number)[]): FieldPath {
  return [...view.path, ...segments];
}

/** Compose spec page for one service attribute, for `references.urls`. */
export function specUrl(attribute: string): string {
  return `https://github.com/compose-spec/compose-spec/blob/main/05-services.md#${attribute}`;
}

export const podSecurityStandardsUrl = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/';

/** A namespace mode (`host`, `private`, …) from a typed field or one the schema leaves untyped (`uts`). */
export function modeOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim().toLowerCase() : undefined;
}

/** Message data naming the service; typed as MessageData so a rule's yields share one shape. */
export function serviceData(view: ComposeServiceView, extra: Record<string, string> = {}): MessageData {
  return { service: view.name, ...extra };
}
