import type { Violation } from '../../../../core/index.js';
import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import {
  containerSecurityContextPath,
  podSecurityContextPath,
  quoteNames,
  relaxedForUserNamespace,
} from './pss-utils/policy.js';

export type MessageId = 'podFalse' | 'containerFalse' | 'missing';

// PSA check `runAsNonRoot`:
// - 1.0+: `spec.securityContext.runAsNonRoot` must not be false; no container may set it to false; a container that
//   leaves it unset passes only when the pod sets it to true;
// - 1.35+: pods with `spec.hostUsers: false` are exempt (root in the pod's user namespace is not root on the node).
// Reported where the fix goes: the explicit false, or (when the pod-level field is unset) the pod-level field with the
// names of the containers that rely on it.
export const runAsNonRoot = defineRule({
  id: 'KW015',
  slug: 'run-as-non-root',
  title: 'Containers not required to run as non-root',
  severity: 'medium',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Without `runAsNonRoot: true` the kubelet starts the container even when its image runs as UID 0, so any ' +
    'container escape or writable host mount happens as root.',
  remediation:
    'Set `spec.securityContext.runAsNonRoot: true` (containers inherit it) and make sure the image runs as a non-zero ' +
    'UID (a numeric USER, or `runAsUser`); remove any `runAsNonRoot: false`.',
  references: {
    pss: { level: 'restricted', control: 'runAsNonRoot' },
    cis: ['k8s-1.9:5.2.7'],
    trivy: ['KSV-0012'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
  },
  messages: {
    podFalse: 'the pod sets securityContext.runAsNonRoot: false',
    containerFalse: 'container "{{container}}" sets securityContext.runAsNonRoot: false',
    missing: 'runAsNonRoot is not set to true: set it on the pod or on container(s) {{containers}}',
  },
  *check(view, context): Generator<Violation<MessageId>> {
    if (relaxedForUserNamespace(view, context)) return;
    const podValue = view.spec.securityContext?.runAsNonRoot;
    if (podValue === false)
      yield { messageId: 'podFalse', path: podSecurityContextPath(view, 'runAsNonRoot') };
    const unset: string[] = [];
    for (const entry of view.containers) {
      const value = entry.container.securityContext?.runAsNonRoot;
      if (value === false)
        yield {
          messageId: 'containerFalse',
          data: { container: entry.name },
          path: containerSecurityContextPath(entry, 'runAsNonRoot'),
        };
      else if (value !== true) unset.push(entry.name);
    }
    // With a pod-level false the finding above already covers the containers that inherit it.
    if (podValue === true || podValue === false || unset.length === 0) return;
    yield {
      messageId: 'missing',
      data: { containers: quoteNames(unset) },
      path: podSecurityContextPath(view, 'runAsNonRoot'),
    };
  },
});
