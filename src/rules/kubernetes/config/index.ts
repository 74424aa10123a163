import type { KubernetesObjectView } from '../../../sources/index.js';
import type { AnyRule } from '../../define-rule.js';
import type { ControlPlaneComponent } from './config-utils/control-plane.js';
import { controlPlaneProcesses, processesOf } from './config-utils/control-plane.js';
import { apiserverAdmissionPluginDisabled } from './apiserver-admission-plugin-disabled.js';
import { apiserverAlwaysAdmit } from './apiserver-always-admit.js';
import { apiserverAnonymousAuth } from './apiserver-anonymous-auth.js';
import { apiserverAuditLogDisabled } from './apiserver-audit-log-disabled.js';
import { apiserverAuditLogRetention } from './apiserver-audit-log-retention.js';
import { apiserverAuthorizationAlwaysAllow } from './apiserver-authorization-always-allow.js';
import { apiserverAuthorizationNodeRbac } from './apiserver-authorization-node-rbac.js';
import { apiserverClientCaMissing } from './apiserver-client-ca-missing.js';
import { apiserverEncryptionConfigMissing } from './apiserver-encryption-config-missing.js';
import { apiserverEtcdTls } from './apiserver-etcd-tls.js';
import { apiserverInsecurePort } from './apiserver-insecure-port.js';
import { apiserverKubeletCertificateAuthority } from './apiserver-kubelet-certificate-authority.js';
import { apiserverKubeletClientCertificate } from './apiserver-kubelet-client-certificate.js';
import { apiserverNodeRestriction } from './apiserver-node-restriction.js';
import { apiserverRecommendedAdmissionPlugins } from './apiserver-recommended-admission-plugins.js';
import { apiserverServiceAccountKeyFile } from './apiserver-service-account-key-file.js';
import { apiserverServiceAccountLookup } from './apiserver-service-account-lookup.js';
import { apiserverServingCertificate } from './apiserver-serving-certificate.js';
import { apiserverTokenAuthFile } from './apiserver-token-auth-file.js';
import { auditPolicyHidesSecretAccess } from './audit-policy-hides-secret-access.js';
import { auditPolicyLogsSecretPayloads } from './audit-policy-logs-secret-payloads.js';
import { auditPolicyNoCatchAll } from './audit-policy-no-catch-all.js';
import { auditPolicyNoRules } from './audit-policy-no-rules.js';
import { auditPolicyOmitsResponseComplete } from './audit-policy-omits-response-complete.js';
import { controlPlaneBindAddress } from './control-plane-bind-address.js';
import { controllerManagerRootCaFile } from './controller-manager-root-ca-file.js';
import { controllerManagerServiceAccountCredentials } from './controller-manager-service-account-credentials.js';
import { controllerManagerServiceAccountPrivateKey } from './controller-manager-service-account-private-key.js';
import { controllerManagerTerminatedPodGc } from './controller-manager-terminated-pod-gc.js';
import { encryptionKeyInFile } from './encryption-key-in-file.js';
import { encryptionSecretsNotEncrypted } from './encryption-secrets-not-encrypted.js';
import { encryptionWeakProvider } from './encryption-weak-provider.js';
import { etcdAutoTls } from './etcd-auto-tls.js';
import { etcdClientCertAuth } from './etcd-client-cert-auth.js';
import { etcdClientTls } from './etcd-client-tls.js';
import { etcdPeerAutoTls } from './etcd-peer-auto-tls.js';
import { etcdPeerClientCertAuth } from './etcd-peer-client-cert-auth.js';
import { etcdPeerTls } from './etcd-peer-tls.js';
import { kubeconfigEmbeddedCredentials } from './kubeconfig-embedded-credentials.js';
import { kubeconfigInsecureSkipTlsVerify } from './kubeconfig-insecure-skip-tls-verify.js';
import { kubeconfigPlainHttpServer } from './kubeconfig-plain-http-server.js';
import { kubeletAnonymousAuth } from './kubelet-anonymous-auth.js';
import { kubeletAuthorizationAlwaysAllow } from './kubelet-authorization-always-allow.js';
import { kubeletClientCaMissing } from './kubelet-client-ca-missing.js';
import { kubeletEventQps } from './kubelet-event-qps.js';
import { kubeletIptablesUtilChains } from './kubelet-iptables-util-chains.js';
import { kubeletPodPidsLimit } from './kubelet-pod-pids-limit.js';
import { kubeletProtectKernelDefaults } from './kubelet-protect-kernel-defaults.js';
import { kubeletReadOnlyPort } from './kubelet-read-only-port.js';
import { kubeletRotateCertificates } from './kubelet-rotate-certificates.js';
import { kubeletServingCertificate } from './kubelet-serving-certificate.js';
import { kubeletStreamingIdleTimeout } from './kubelet-streaming-idle-timeout.js';
import { profilingEnabled } from './profiling-enabled.js';
import { rotateKubeletServerCertificateDisabled } from './rotate-kubelet-server-certificate-disabled.js';
import { weakTlsCipherSuites } from './weak-tls-cipher-suites.js';

/** Control-plane and node configuration rules, by id: static pod flags, kubelet, encryption, audit, kubeconfig. */
// CIS sections name the component a static-pod rule judges: 1.2 the API server, 1.3 the controller manager, 1.4
// the scheduler, 2 etcd. A rule judges a pod only when it runs one of its components (see `Rule.judges`).
const sectionComponents: readonly (readonly [string, ControlPlaneComponent])[] = [
  ['k8s-1.9:1.2.', 'kube-apiserver'],
  ['k8s-1.9:1.3.', 'kube-controller-manager'],
  ['k8s-1.9:1.4.', 'kube-scheduler'],
  ['k8s-1.9:2.', 'etcd'],
];

function componentsJudgedBy(rule: AnyRule): ControlPlaneComponent[] {
  const references = rule.references.cis ?? [];
  return sectionComponents
    .filter(([prefix]) => references.some((reference) => reference.startsWith(prefix)))
    .map(([, component]) => component);
}

function withSubject(rule: AnyRule): AnyRule {
  if (rule.target !== 'kubernetes-object' || !rule.appliesTo.includes('Pod')) return rule;
  const components = componentsJudgedBy(rule);
  return {
    ...rule,
    judges: (view: KubernetesObjectView) =>
      view.resource.kind !== 'Pod' ||
      (components.length === 0
        ? controlPlaneProcesses(view).length > 0
        : processesOf(view, ...components).length > 0),
  };
}

const rules: readonly AnyRule[] = [
  apiserverAnonymousAuth,
  apiserverTokenAuthFile,
  apiserverAuthorizationAlwaysAllow,
  apiserverAuthorizationNodeRbac,
  apiserverAlwaysAdmit,
  apiserverNodeRestriction,
  apiserverAdmissionPluginDisabled,
  profilingEnabled,
  apiserverAuditLogDisabled,
  apiserverAuditLogRetention,
  apiserverEncryptionConfigMissing,
  apiserverServingCertificate,
  apiserverClientCaMissing,
  apiserverKubeletClientCertificate,
  apiserverKubeletCertificateAuthority,
  apiserverEtcdTls,
  apiserverServiceAccountKeyFile,
  apiserverServiceAccountLookup,
  apiserverInsecurePort,
  controllerManagerTerminatedPodGc,
  controllerManagerServiceAccountCredentials,
  controllerManagerServiceAccountPrivateKey,
  controllerManagerRootCaFile,
  rotateKubeletServerCertificateDisabled,
  controlPlaneBindAddress,
  etcdClientTls,
  etcdClientCertAuth,
  etcdAutoTls,
  etcdPeerTls,
  etcdPeerClientCertAuth,
  etcdPeerAutoTls,
  weakTlsCipherSuites,
  apiserverRecommendedAdmissionPlugins,
  kubeletAnonymousAuth,
  kubeletAuthorizationAlwaysAllow,
  kubeletClientCaMissing,
  kubeletReadOnlyPort,
  kubeletStreamingIdleTimeout,
  kubeletIptablesUtilChains,
  kubeletEventQps,
  kubeletServingCertificate,
  kubeletRotateCertificates,
  kubeletProtectKernelDefaults,
  kubeletPodPidsLimit,
  encryptionSecretsNotEncrypted,
  encryptionWeakProvider,
  encryptionKeyInFile,
  auditPolicyNoRules,
  auditPolicyLogsSecretPayloads,
  auditPolicyHidesSecretAccess,
  auditPolicyNoCatchAll,
  auditPolicyOmitsResponseComplete,
  kubeconfigInsecureSkipTlsVerify,
  kubeconfigPlainHttpServer,
  kubeconfigEmbeddedCredentials,
];

export const configRules: readonly AnyRule[] = rules.map(withSubject);
