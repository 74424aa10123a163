/** Built-in Kubernetes kinds that live outside namespaces; a `metadata.namespace` on them is ignored by the API. */
const clusterScopedKinds: ReadonlySet<string> = new Set([
  'APIService',
  'CSIDriver',
  'CSINode',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'ClusterTrustBundle',
  'ComponentStatus',
  'CustomResourceDefinition',
  'DeviceClass',
  'FlowSchema',
  'IPAddress',
  'IngressClass',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PodSecurityPolicy',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'ResourceSlice',
  'RuntimeClass',
  'ServiceCIDR',
  'StorageClass',
  'StorageVersion',
  'StorageVersionMigration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
  'VolumeAttributesClass',
]);

// Where `kubectl apply` puts a namespaced object that names no namespace, unless a context says otherwise.
const defaultNamespace = 'default';

/**
 * The namespace whose PolicyReport holds a Kubernetes resource's results; undefined for cluster-scoped kinds, whose
 * results go to the ClusterPolicyReport.
 */
export function reportNamespaceOf(kind: string, namespace: string | undefined): string | undefined {
  if (clusterScopedKinds.has(kind)) return undefined;
  return namespace === undefined || namespace === '' ? defaultNamespace : namespace;
}
