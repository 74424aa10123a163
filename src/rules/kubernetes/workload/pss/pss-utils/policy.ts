import type { FieldPath, RuleContext } from '../../../../../core/index.js';
import type { ContainerView, PodSpecView } from '../../../../../sources/index.js';

/**
 * Version and override logic shared by the Pod Security rules. Pod Security Admission (PSA) keeps one function per
 * check and policy version; a rule here keeps one function and asks these helpers which behaviour applies at the
 * version being judged (`context.pss.version`, a namespace's `enforce-version` or `--k8s-version`).
 */

/** True when the judged policy version is at least 1.`minor`. */
export function policyAtLeast(context: RuleContext, minor: number): boolean {
  return context.pss.version.minor >= minor;
}

/** `spec.os.name: windows`; PSA compares the exact lowercase value. */
export function isWindowsPod(view: PodSpecView): boolean {
  return view.spec.os?.name === 'windows';
}

/**
 * From policy 1.35 a pod in its own user namespace (`spec.hostUsers: false`) is exempt from the baseline procMount
 * check and the restricted runAsNonRoot and runAsUser checks. Before 1.35 the relaxation sat behind an alpha feature
 * gate that is off by default, so older versions judge these pods like any other.
 */
export function relaxedForUserNamespace(view: PodSpecView, context: RuleContext): boolean {
  return policyAtLeast(context, 35) && view.spec.hostUsers === false;
}

/**
 * Whether a baseline check that a restricted check replaces from 1.`overriddenFrom` is in force. At the restricted
 * level PSA drops the baseline check and runs only the restricted one; when every check runs (no `--pss`) both run
 * and the restricted rule leaves to the baseline rule what it already reports, so one field is never reported twice.
 */
export function baselineCheckInForce(context: RuleContext, overriddenFrom: number): boolean {
  return !(context.pss.level === 'restricted' && policyAtLeast(context, overriddenFrom));
}

export function podSecurityContextPath(view: PodSpecView, ...rest: (string | number)[]): FieldPath {
  return [...view.specPath, 'securityContext', ...rest];
}

export function containerSecurityContextPath(entry: ContainerView, ...rest: (string | number)[]): FieldPath {
  return [...entry.path, 'securityContext', ...rest];
}

/** Container names joined for messages: `"app", "sidecar"`. */
export function quoteNames(names: readonly string[]): string {
  return names.map((name) => JSON.stringify(name)).join(', ');
}
