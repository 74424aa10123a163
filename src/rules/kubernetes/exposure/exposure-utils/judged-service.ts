import type { ClusterIndex, IndexedSpecObject, PlainData, RuleContext } from '../../../../core/index.js';
import type { KubernetesObjectView } from '../../../../sources/index.js';
import { describeWorkload, listSome } from '../../network/network-utils/describe.js';
import { workloadsByNamespace } from '../../network/network-utils/network-model.js';
import type { ServiceInfo } from '../../network/network-utils/services.js';
import { readService, serviceSelects } from '../../network/network-utils/services.js';

/** The object a rule judges, as the cluster index would hold it. */
export function specObjectOf(view: KubernetesObjectView): IndexedSpecObject {
  const { resource } = view;
  const annotations = view.object.metadata?.annotations;
  return {
    kind: resource.kind,
    apiVersion: resource.apiVersion ?? '',
    name: resource.name,
    ...(resource.namespace === undefined ? {} : { namespace: resource.namespace }),
    labels: { ...(view.object.metadata?.labels ?? {}) },
    file: resource.source.file ?? '',
    line: resource.source.startLine ?? 0,
    column: resource.source.startColumn ?? 0,
    spec: (view.object['spec'] ?? null) as PlainData,
    ...(annotations === undefined || annotations === null ? {} : { annotations: { ...annotations } }),
  };
}

/** The core `v1` Service a rule judges (a Knative Service is another kind of thing); undefined when malformed. */
export function judgedService(view: KubernetesObjectView): ServiceInfo | undefined {
  if (view.resource.kind !== 'Service' || view.resource.apiVersion !== 'v1') return undefined;
  return readService(specObjectOf(view));
}

/** The scanned workloads whose pods a Service sends traffic to. */
export function backendsOf(index: ClusterIndex, service: ServiceInfo) {
  const inNamespace = workloadsByNamespace(index).get(service.namespace) ?? [];
  return inNamespace.filter((node) => serviceSelects(service, service.namespace, node.entry.podLabels));
}

/** `; it sends traffic to Deployment shop/api`, or nothing when no scanned workload is behind it. */
export function describeBackends(context: RuleContext, service: ServiceInfo): string {
  if (context.cluster === undefined) return '';
  const nodes = backendsOf(context.cluster, service);
  return nodes.length === 0 ? '' : `; it sends traffic to ${listSome(nodes.map(describeWorkload))}`;
}

/** `443/TCP → 8080`, for messages. */
export function describeServicePorts(service: ServiceInfo, withNodePorts = false): string {
  if (service.ports.length === 0) return 'no ports';
  return service.ports
    .map((port) => {
      const shown = withNodePorts && port.nodePort !== undefined ? `${port.nodePort}` : `${port.port ?? '?'}`;
      return `${shown}/${port.protocol}`;
    })
    .join(', ');
}
