import type { RuleContext } from '../../../../core/index.js';
import { formatKubernetesVersion } from '../../../../core/index.js';
import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { podSecurityContextPath, policyAtLeast } from './pss-utils/policy.js';

/** Sysctls PSA treats as safe, with the policy version from which each is allowed. */
const safeSysctls: readonly { name: string; since: number }[] = [
  { name: 'kernel.shm_rmid_forced', since: 0 },
  { name: 'net.ipv4.ip_local_port_range', since: 0 },
  { name: 'net.ipv4.tcp_syncookies', since: 0 },
  { name: 'net.ipv4.ping_group_range', since: 0 },
  { name: 'net.ipv4.ip_unprivileged_port_start', since: 0 },
  { name: 'net.ipv4.ip_local_reserved_ports', since: 27 },
  { name: 'net.ipv4.tcp_keepalive_time', since: 29 },
  { name: 'net.ipv4.tcp_fin_timeout', since: 29 },
  { name: 'net.ipv4.tcp_keepalive_intvl', since: 29 },
  { name: 'net.ipv4.tcp_keepalive_probes', since: 29 },
  { name: 'net.ipv4.tcp_rmem', since: 32 },
  { name: 'net.ipv4.tcp_wmem', since: 32 },
  { name: 'net.ipv4.tcp_slow_start_after_idle', since: 37 },
  { name: 'net.ipv4.tcp_notsent_lowat', since: 37 },
];

function isSafe(name: string, context: RuleContext): boolean {
  return safeSysctls.some((safe) => safe.name === name && policyAtLeast(context, safe.since));
}

// PSA check `sysctls`: every `spec.securityContext.sysctls[*].name` must be in the safe list of the policy version.
// The list grows: 1.0 the first five above; 1.27 + ip_local_reserved_ports; 1.29 + tcp_keepalive_time,
// tcp_fin_timeout, tcp_keepalive_intvl, tcp_keepalive_probes; 1.32 + tcp_rmem, tcp_wmem; 1.37 +
// tcp_slow_start_after_idle, tcp_notsent_lowat. Names are compared exactly (the slash form `net/ipv4/...` is not
// in the list, as in PSA).
export const unsafeSysctl = defineRule({
  id: 'KW012',
  slug: 'unsafe-sysctl',
  title: 'Unsafe sysctl',
  severity: 'high',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Sysctls outside the safe set are either not namespaced (they change the whole node) or not isolated between ' +
    'pods; setting them can disable kernel protections or disturb every workload on the node.',
  remediation:
    'Remove the sysctl from `spec.securityContext.sysctls`, or tune it on the node itself if the workload truly ' +
    'depends on it.',
  references: {
    pss: { level: 'baseline', control: 'sysctls' },
    trivy: ['KSV-0026'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  },
  messages: {
    unsafe: 'sysctl {{name}} is not in the Pod Security Baseline safe set for Kubernetes {{version}}',
  },
  *check(view, context) {
    for (const [index, sysctl] of (view.spec.securityContext?.sysctls ?? []).entries()) {
      if (isSafe(sysctl.name, context)) continue;
      yield {
        messageId: 'unsafe',
        data: { name: sysctl.name, version: formatKubernetesVersion(context.pss.version) },
        path: podSecurityContextPath(view, 'sysctls', index, 'name'),
      };
    }
  },
});
