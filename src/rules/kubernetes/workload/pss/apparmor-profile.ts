import type { Violation } from '../../../../core/index.js';
import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { containerSecurityContextPath, podSecurityContextPath } from './pss-utils/policy.js';

export type MessageId = 'podType' | 'containerType' | 'annotation';

const annotationPrefix = 'container.apparmor.security.beta.kubernetes.io/';
const allowedTypes: ReadonlySet<string> = new Set(['RuntimeDefault', 'Localhost']);

function allowedAnnotationValue(value: string): boolean {
  return value === '' || value === 'runtime/default' || value.startsWith('localhost/');
}

// PSA check `appArmorProfile`, a single behaviour registered at 1.0 and so applied at every policy version (the field
// check was added to that function when the `appArmorProfile` field arrived in Kubernetes 1.30):
// - field: `spec.securityContext.appArmorProfile.type` and each container's must be RuntimeDefault or Localhost when
//   the profile is set (a profile without a type counts as a bad value);
// - annotation: every pod annotation `container.apparmor.security.beta.kubernetes.io/<name>` must be empty,
//   `runtime/default` or `localhost/<profile>`, whether or not a container of that name exists.
export const apparmorProfile = defineRule({
  id: 'KW008',
  slug: 'apparmor-profile',
  title: 'AppArmor profile disabled or overridden',
  severity: 'high',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    "AppArmor confines what a container's processes may do on hosts that support it; an Unconfined profile removes " +
    'that layer, so a compromised process meets one fewer barrier on its way to the node.',
  remediation:
    'Use `appArmorProfile.type: RuntimeDefault` (or `Localhost` with a reviewed profile), or remove the override; ' +
    'for the annotation use `runtime/default` or `localhost/<profile>`.',
  references: {
    pss: { level: 'baseline', control: 'appArmorProfile' },
    trivy: ['KSV-0002'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  },
  messages: {
    podType: 'the pod sets appArmorProfile.type to "{{type}}"; only RuntimeDefault or Localhost are allowed',
    containerType:
      'container "{{container}}" sets appArmorProfile.type to "{{type}}"; only RuntimeDefault or Localhost are allowed',
    annotation:
      'annotation {{annotation}} is "{{value}}"; only runtime/default or localhost/<profile> are allowed',
  },
  *check(view): Generator<Violation<MessageId>> {
    const podProfile = view.spec.securityContext?.appArmorProfile;
    if (podProfile !== null && podProfile !== undefined && !allowedTypes.has(podProfile.type ?? ''))
      yield {
        messageId: 'podType',
        data: { type: podProfile.type ?? '' },
        path: podSecurityContextPath(view, 'appArmorProfile', 'type'),
      };
    for (const entry of view.containers) {
      const profile = entry.container.securityContext?.appArmorProfile;
      if (profile === null || profile === undefined || allowedTypes.has(profile.type ?? '')) continue;
      yield {
        messageId: 'containerType',
        data: { container: entry.name, type: profile.type ?? '' },
        path: containerSecurityContextPath(entry, 'appArmorProfile', 'type'),
      };
    }
    const annotations = Object.entries(view.podMetadata.annotations ?? {}).sort(([a], [b]) =>
      a.localeCompare(b),
    );
    for (const [annotation, value] of annotations) {
      if (!annotation.startsWith(annotationPrefix) || allowedAnnotationValue(value)) continue;
      yield {
        messageId: 'annotation',
        data: { annotation, value },
        path: [...view.podMetadataPath, 'annotations', annotation],
      };
    }
  },
});
