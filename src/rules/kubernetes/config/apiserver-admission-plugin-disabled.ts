import type { Violation } from '../../../core/index.js';
import { defineRule } from '../../define-rule.js';
import { disabledPlugins } from './config-utils/admission.js';
import { processesOf } from './config-utils/control-plane.js';
import { atFlag } from './config-utils/report.js';

/** Default plugins whose absence removes a security control, with what is lost. */
const protectivePlugins: Readonly<Record<string, string>> = {
  PodSecurity: 'Pod Security Standards labels on namespaces are no longer enforced',
  ServiceAccount: 'pods are no longer checked against the service accounts and token mounts they may use',
  NamespaceLifecycle:
    'objects can be created in terminating or missing namespaces and system namespaces deleted',
};

export const apiserverAdmissionPluginDisabled = defineRule({
  id: 'KC007',
  slug: 'apiserver-admission-plugin-disabled',
  title: 'API server disables a protective default admission plugin',
  severity: 'medium',
  domain: 'kubernetes-config',
  target: 'kubernetes-object',
  appliesTo: ['Pod'],
  rationale:
    'PodSecurity, ServiceAccount and NamespaceLifecycle are on by default and each enforces a control other ' +
    'defences rely on: PodSecurity enforces the namespace `pod-security.kubernetes.io/*` labels, ServiceAccount ' +
    'makes pods use existing service accounts and honours `automountServiceAccountToken`, NamespaceLifecycle ' +
    'keeps objects out of namespaces being deleted and protects `default`, `kube-system` and `kube-public`. ' +
    'Listing one in `--disable-admission-plugins` silently removes that control.',
  remediation:
    'Remove PodSecurity, ServiceAccount and NamespaceLifecycle from `--disable-admission-plugins`; relax Pod ' +
    'Security per namespace with labels instead of turning it off.',
  references: {
    cis: ['k8s-1.9:1.2.12', 'k8s-1.9:1.2.13'],
    urls: ['https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/'],
  },
  messages: { disabled: '{{component}} disables {{plugin}} in {{flag}}: {{effect}}' },
  *check(view): Iterable<Violation<'disabled'>> {
    for (const instance of processesOf(view, 'kube-apiserver'))
      for (const { flag, plugin } of disabledPlugins(instance)) {
        const effect = protectivePlugins[plugin];
        if (effect !== undefined) yield atFlag(instance, flag, 'disabled', { plugin, effect });
      }
  },
});
