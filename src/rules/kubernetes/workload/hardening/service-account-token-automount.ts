import type { RuleContext } from '../../../../core/index.js';
import type { PodSpecView } from '../../../../sources/index.js';
import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { findServiceAccount } from '../../cluster-utils/lookup.js';

/** The scanned ServiceAccount opts out, and the pod does not opt back in: no token is mounted. */
function accountOptsOut(view: PodSpecView, context: RuleContext): boolean {
  if (context.cluster === undefined) return false;
  // The API server resolves `serviceAccountName`, then the deprecated alias, then `default`; empty means none.
  const name = view.spec.serviceAccountName || view.spec.serviceAccount || 'default';
  const account = findServiceAccount(context.cluster, view.resource.namespace || 'default', name);
  return account?.automountServiceAccountToken === false;
}

export const serviceAccountTokenAutomount = defineRule({
  id: 'KW030',
  slug: 'service-account-token-automount',
  title: 'Service account token is mounted automatically',
  severity: 'medium',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  crossObject: true,
  rationale:
    'Unless the pod opts out, Kubernetes mounts a service account token into every container; anyone who gets ' +
    'code execution in the pod can read it and call the API server with the rights of that service account. Most ' +
    'applications never call the Kubernetes API and do not need the token. A pod whose ServiceAccount (scanned in ' +
    'the same input, same namespace) sets `automountServiceAccountToken: false` gets no token unless the pod sets ' +
    'it to true, so it is not reported.',
  remediation:
    'Set `automountServiceAccountToken: false` in the pod spec unless the workload calls the Kubernetes API; a ' +
    'workload that does should use its own service account with the narrowest Role it needs.',
  references: {
    cis: ['k8s-1.9:5.1.6'],
    trivy: ['KSV-0036'],
    mitre: ['T1528'],
    urls: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting',
    ],
  },
  messages: {
    notDisabled:
      'pod does not set automountServiceAccountToken: false; set it to false unless the workload calls the Kubernetes API',
    enabled:
      'pod sets automountServiceAccountToken: true; set it to false unless the workload calls the Kubernetes API',
  },
  *check(view, context) {
    const automount = view.spec.automountServiceAccountToken;
    if (automount === false) return;
    if (automount !== true && accountOptsOut(view, context)) return;
    yield {
      messageId: automount === true ? 'enabled' : 'notDisabled',
      path: [...view.specPath, 'automountServiceAccountToken'],
    };
  },
});
