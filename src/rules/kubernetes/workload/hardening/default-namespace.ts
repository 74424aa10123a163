import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';

export const defaultNamespace = defineRule({
  id: 'KW031',
  slug: 'default-namespace',
  title: 'Workload in the default namespace',
  severity: 'low',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Namespaces are where RBAC, NetworkPolicies, quotas and Pod Security levels are scoped; a workload in the ' +
    'default namespace shares all of them with everything else dropped there. A manifest without a namespace ' +
    'lands wherever the person or pipeline applying it points, which is often default.',
  remediation:
    'Set `metadata.namespace` to a namespace made for the application, or have the deployment tool (Kustomize ' +
    '`namespace:`, Helm `--namespace`) set it, and give that namespace its own policies.',
  references: {
    cis: ['k8s-1.9:5.7.4'],
    trivy: ['KSV-0110'],
    urls: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/'],
  },
  messages: {
    missing:
      '{{kind}} "{{name}}" sets no metadata.namespace, so it lands in the current namespace, often default',
    default: '{{kind}} "{{name}}" is placed in the default namespace',
  },
  *check(view) {
    const namespace = view.objectMetadata.namespace;
    if (namespace !== undefined && namespace !== '' && namespace !== 'default') return;
    yield {
      messageId: namespace === 'default' ? 'default' : 'missing',
      data: { kind: view.kind, name: view.resource.name },
      path: ['metadata', 'namespace'],
    };
  },
});
