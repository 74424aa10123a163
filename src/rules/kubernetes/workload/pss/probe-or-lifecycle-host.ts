import type { FieldPath } from '../../../../core/index.js';
import type { ContainerView, Probe } from '../../../../sources/index.js';
import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { policyAtLeast } from './pss-utils/policy.js';

const probeFields = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const lifecycleFields = ['postStart', 'preStop'] as const;
const handlerKinds = ['httpGet', 'tcpSocket'] as const;

interface HostUse {
  host: string;
  path: FieldPath;
}

function hostsOf(handler: Probe | null | undefined, path: FieldPath): HostUse[] {
  const uses: HostUse[] = [];
  if (handler === null || handler === undefined) return uses;
  for (const kind of handlerKinds) {
    const host = handler[kind]?.host;
    if (host === null || host === undefined || host === '') continue;
    uses.push({ host, path: [...path, kind, 'host'] });
  }
  return uses;
}

function containerHosts(entry: ContainerView): HostUse[] {
  const uses: HostUse[] = [];
  for (const field of probeFields) uses.push(...hostsOf(entry.container[field], [...entry.path, field]));
  const lifecycle = entry.container.lifecycle;
  for (const field of lifecycleFields)
    uses.push(...hostsOf(lifecycle?.[field], [...entry.path, 'lifecycle', field]));
  return uses;
}

// PSA check `hostProbesAndHostLifecycle`, new in policy 1.34 (no check at 1.0–1.33): `host` of the httpGet and tcpSocket
// handlers of liveness, readiness and startup probes and of the postStart and preStop lifecycle hooks must be unset or
// empty, for containers, init containers and ephemeral containers. (tcpSocket in a lifecycle hook is deprecated but
// still checked.)
export const probeOrLifecycleHost = defineRule({
  id: 'KW007',
  slug: 'probe-or-lifecycle-host',
  title: 'Probe or lifecycle hook targets another host',
  severity: 'high',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'The kubelet runs probes and lifecycle HTTP and TCP hooks from the node. A `host` other than the pod lets a pod ' +
    'author make the node send requests to arbitrary addresses, including services reachable only from the node.',
  remediation:
    'Remove `host` from the probe or hook handler so the kubelet targets the pod IP; use `httpHeaders` with a Host ' +
    'header if a virtual host is needed.',
  references: {
    pss: { level: 'baseline', control: 'hostProbesAndHostLifecycle' },
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  },
  messages: {
    host: 'container "{{container}}" points a probe or lifecycle hook at host "{{host}}"',
  },
  *check(view, context) {
    if (!policyAtLeast(context, 34)) return;
    for (const entry of view.containers) {
      for (const use of containerHosts(entry))
        yield { messageId: 'host', data: { container: entry.name, host: use.host }, path: use.path };
    }
  },
});
