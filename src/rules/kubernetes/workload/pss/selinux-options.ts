import type { FieldPath } from '../../../../core/index.js';
import type { ContainerSecurityContext } from '../../../../sources/index.js';
import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { containerSecurityContextPath, podSecurityContextPath, policyAtLeast } from './pss-utils/policy.js';

type SeLinuxOptions = NonNullable<ContainerSecurityContext['seLinuxOptions']>;

const allowedTypesSince1Dot0 = ['', 'container_t', 'container_init_t', 'container_kvm_t'];
const allowedTypesSince1Dot31 = [...allowedTypesSince1Dot0, 'container_engine_t'];

interface BadOption {
  field: 'type' | 'user' | 'role';
  value: string;
}

function badOptions(options: SeLinuxOptions, allowedTypes: readonly string[]): BadOption[] {
  const bad: BadOption[] = [];
  const type = options.type ?? '';
  if (!allowedTypes.includes(type)) bad.push({ field: 'type', value: type });
  for (const field of ['user', 'role'] as const) {
    const value = options[field] ?? '';
    if (value !== '') bad.push({ field, value });
  }
  return bad;
}

// PSA check `seLinuxOptions` (pod and every container; `level` is not restricted):
// - 1.0–1.30: type must be empty, container_t, container_init_t or container_kvm_t;
// - 1.31+: container_engine_t is allowed too;
// - every version: user and role must be empty.
export const selinuxOptions = defineRule({
  id: 'KW009',
  slug: 'selinux-options',
  title: 'Custom SELinux type, user or role',
  severity: 'high',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'The SELinux type decides which host objects a container may touch; setting another type (for example spc_t) or ' +
    'a custom user or role can lift the confinement the container runtime applies by default.',
  remediation:
    'Remove `seLinuxOptions.user` and `seLinuxOptions.role`, and leave `type` empty or use container_t, ' +
    'container_init_t, container_kvm_t or container_engine_t; `level` may still be set.',
  references: {
    pss: { level: 'baseline', control: 'seLinuxOptions' },
    trivy: ['KSV-0025'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  },
  messages: {
    pod: 'the pod sets seLinuxOptions.{{field}} to "{{value}}", which Pod Security Baseline does not allow',
    container:
      'container "{{container}}" sets seLinuxOptions.{{field}} to "{{value}}", which Pod Security Baseline does not allow',
  },
  *check(view, context) {
    const allowedTypes = policyAtLeast(context, 31) ? allowedTypesSince1Dot31 : allowedTypesSince1Dot0;
    const podOptions = view.spec.securityContext?.seLinuxOptions;
    if (podOptions !== null && podOptions !== undefined) {
      for (const bad of badOptions(podOptions, allowedTypes)) {
        const path: FieldPath = podSecurityContextPath(view, 'seLinuxOptions', bad.field);
        yield { messageId: 'pod', data: { ...bad }, path };
      }
    }
    for (const entry of view.containers) {
      const options = entry.container.securityContext?.seLinuxOptions;
      if (options === null || options === undefined) continue;
      for (const bad of badOptions(options, allowedTypes)) {
        yield {
          messageId: 'container',
          data: { container: entry.name, ...bad },
          path: containerSecurityContextPath(entry, 'seLinuxOptions', bad.field),
        };
      }
    }
  },
});
