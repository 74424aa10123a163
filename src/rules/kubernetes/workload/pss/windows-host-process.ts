import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { containerSecurityContextPath, podSecurityContextPath } from './pss-utils/policy.js';

// PSA check `windowsHostProcess`, one behaviour at every policy version (1.0+): pod-level and container-level
// `securityContext.windowsOptions.hostProcess` must be unset or false.
export const windowsHostProcess = defineRule({
  id: 'KW002',
  slug: 'windows-host-process',
  title: 'Windows HostProcess container',
  severity: 'critical',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'A Windows HostProcess container runs directly on the node as a host process, with access to the host network, ' +
    'file system and processes; it is the Windows equivalent of a privileged container. Pod Security Baseline forbids it.',
  remediation:
    'Remove `windowsOptions.hostProcess: true` from the pod and container security contexts; run node agents ' +
    'outside of ordinary workload namespaces.',
  references: {
    pss: { level: 'baseline', control: 'windowsHostProcess' },
    cis: ['k8s-1.9:5.2.11'],
    trivy: ['KSV-0103'],
    mitre: ['T1611'],
    urls: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  },
  messages: {
    pod: 'the pod sets securityContext.windowsOptions.hostProcess: true',
    container: 'container "{{container}}" sets securityContext.windowsOptions.hostProcess: true',
  },
  *check(view) {
    if (view.spec.securityContext?.windowsOptions?.hostProcess === true)
      yield { messageId: 'pod', path: podSecurityContextPath(view, 'windowsOptions', 'hostProcess') };
    for (const entry of view.containers) {
      if (entry.container.securityContext?.windowsOptions?.hostProcess !== true) continue;
      yield {
        messageId: 'container',
        data: { container: entry.name },
        path: containerSecurityContextPath(entry, 'windowsOptions', 'hostProcess'),
      };
    }
  },
});
