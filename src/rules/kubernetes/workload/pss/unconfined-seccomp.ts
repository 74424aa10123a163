import type { FieldPath, Violation } from '../../../../core/index.js';
import type { PodSpecView } from '../../../../sources/index.js';
import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { baselineCheckInForce, policyAtLeast } from './pss-utils/policy.js';
import { badSeccompProfiles, seccompFieldSince } from './pss-utils/seccomp.js';

export type MessageId = 'pod' | 'container' | 'annotation';

const podAnnotation = 'seccomp.security.alpha.kubernetes.io/pod';
const containerAnnotationPrefix = 'container.seccomp.security.alpha.kubernetes.io/';

function validAnnotationValue(value: string): boolean {
  return value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/');
}

interface BadAnnotation {
  annotation: string;
  value: string;
  path: FieldPath;
}

function badAnnotations(view: PodSpecView): BadAnnotation[] {
  const annotations = view.podMetadata.annotations ?? {};
  const keys = [podAnnotation, ...view.containers.map((entry) => containerAnnotationPrefix + entry.name)];
  const bad: BadAnnotation[] = [];
  for (const annotation of new Set(keys)) {
    const value = annotations[annotation];
    if (value === undefined || validAnnotationValue(value)) continue;
    bad.push({ annotation, value, path: [...view.podMetadataPath, 'annotations', annotation] });
  }
  return bad;
}

// PSA check `seccompProfile_baseline`:
// - 1.0–1.18: the alpha annotations `seccomp.security.alpha.kubernetes.io/pod` and
//   `container.seccomp.security.alpha.kubernetes.io/<container name>` (for each container of the pod) must be
//   runtime/default, docker/default or localhost/<profile> when present; the fields are not looked at;
// - 1.19+: `securityContext.seccompProfile.type` of the pod and of each container must be RuntimeDefault or Localhost
//   when a profile is set; the annotations are no longer looked at.
// At the restricted level from 1.19 PSA replaces it with `seccompProfile_restricted` (KW017), which exempts Windows
// pods from 1.25, so this rule stays silent there.
export const unconfinedSeccomp = defineRule({
  id: 'KW011',
  slug: 'unconfined-seccomp',
  title: 'Seccomp profile set to Unconfined',
  severity: 'high',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Seccomp filters the system calls a container may make; an Unconfined profile exposes the whole kernel syscall ' +
    'surface, including calls used in known container escapes.',
  remediation:
    'Set `securityContext.seccompProfile.type: RuntimeDefault` (or `Localhost` with a reviewed profile) instead of ' +
    'Unconfined; on clusters older than 1.19 use the `runtime/default` annotation value.',
  references: {
    pss: { level: 'baseline', control: 'seccompProfile_baseline' },
    trivy: ['KSV-0104'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  },
  messages: {
    pod: 'the pod sets seccompProfile.type to "{{type}}"; only RuntimeDefault or Localhost are allowed',
    container:
      'container "{{container}}" sets seccompProfile.type to "{{type}}"; only RuntimeDefault or Localhost are allowed',
    annotation:
      'annotation {{annotation}} is "{{value}}"; only runtime/default, docker/default or localhost/<profile> are allowed',
  },
  *check(view, context): Generator<Violation<MessageId>> {
    if (!baselineCheckInForce(context, seccompFieldSince)) return;
    if (!policyAtLeast(context, seccompFieldSince)) {
      for (const bad of badAnnotations(view))
        yield {
          messageId: 'annotation',
          data: { annotation: bad.annotation, value: bad.value },
          path: bad.path,
        };
      return;
    }
    for (const bad of badSeccompProfiles(view)) {
      if (bad.entry === undefined) yield { messageId: 'pod', data: { type: bad.type }, path: bad.path };
      else
        yield { messageId: 'container', data: { container: bad.entry.name, type: bad.type }, path: bad.path };
    }
  },
});
