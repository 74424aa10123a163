import { z } from 'zod';
import type { ClusterIndex, IndexedSpecObject, IndexedWorkload } from '../../../../core/index.js';
import { namespaceOf } from '../../../../core/index.js';
import { memoPerIndex } from '../../cluster-utils/memo.js';
import type { Labels } from './model.js';

const ServiceSpec = z
  .looseObject({
    type: z.string().nullish(),
    selector: z.record(z.string(), z.string()).nullish(),
    ports: z
      .array(
        z.looseObject({
          name: z.string().nullish(),
          protocol: z.string().nullish(),
          port: z.number().nullish(),
          targetPort: z.union([z.number(), z.string()]).nullish(),
          nodePort: z.number().nullish(),
        }),
      )
      .nullish(),
    externalIPs: z.array(z.string()).nullish(),
    loadBalancerSourceRanges: z.array(z.string()).nullish(),
  })
  .nullish();

export interface ServicePort {
  index: number;
  name?: string;
  protocol: string;
  port?: number;
  /** The container port the Service forwards to: a number or a container port name (defaults to `port`). */
  targetPort?: number | string;
  nodePort?: number;
}

export interface ServiceInfo {
  entry: IndexedSpecObject;
  namespace: string;
  type: string;
  /** Undefined (or empty when written `{}`): the Service has no selector, its endpoints are managed by hand. */
  selector?: Labels;
  ports: readonly ServicePort[];
  externalIPs: readonly string[];
  sourceRanges: readonly string[];
  /** Annotated for an internal load balancer (AWS, GCP, Azure, Oracle): not reachable from the internet. */
  internal: boolean;
}

const internalAnnotations: Readonly<Record<string, readonly string[]>> = {
  'service.beta.kubernetes.io/aws-load-balancer-internal': ['true', '0.0.0.0/0'],
  'service.beta.kubernetes.io/aws-load-balancer-scheme': ['internal'],
  'networking.gke.io/load-balancer-type': ['Internal'],
  'cloud.google.com/load-balancer-type': ['Internal'],
  'service.beta.kubernetes.io/azure-load-balancer-internal': ['true'],
  'service.beta.kubernetes.io/oci-load-balancer-internal': ['true'],
};

function isInternal(annotations: Readonly<Record<string, string>> | undefined): boolean {
  if (annotations === undefined) return false;
  return Object.entries(internalAnnotations).some(([key, values]) => {
    const value = annotations[key];
    return value !== undefined && values.some((accepted) => accepted.toLowerCase() === value.toLowerCase());
  });
}

/** A Service's spec as exposure rules read it; undefined when the spec is malformed (the API server refuses it). */
export function readService(entry: IndexedSpecObject): ServiceInfo | undefined {
  const parsed = ServiceSpec.safeParse(entry.spec);
  if (!parsed.success) return undefined;
  const spec = parsed.data ?? {};
  const selector = spec.selector ?? undefined;
  return {
    entry,
    namespace: namespaceOf(entry),
    type: spec.type ?? 'ClusterIP',
    ...(selector === undefined ? {} : { selector }),
    ports: (spec.ports ?? []).map((port, index) => ({
      index,
      ...(port.name ? { name: port.name } : {}),
      protocol: port.protocol ?? 'TCP',
      ...(typeof port.port === 'number' ? { port: port.port } : {}),
      ...(port.targetPort === null || port.targetPort === undefined ? {} : { targetPort: port.targetPort }),
      ...(typeof port.nodePort === 'number' ? { nodePort: port.nodePort } : {}),
    })),
    externalIPs: spec.externalIPs ?? [],
    sourceRanges: spec.loadBalancerSourceRanges ?? [],
    internal: isInternal(entry.annotations),
  };
}

/** Whether a Service's selector takes these pod labels: every pair must match, and an empty selector takes none. */
export function serviceSelects(service: ServiceInfo, namespace: string, podLabels: Labels): boolean {
  const selector = service.selector;
  if (selector === undefined || Object.keys(selector).length === 0 || namespace !== service.namespace)
    return false;
  for (const [key, value] of Object.entries(selector)) if (podLabels[key] !== value) return false;
  return true;
}

const IngressSpec = z
  .looseObject({
    defaultBackend: z
      .looseObject({ service: z.looseObject({ name: z.string().nullish() }).nullish() })
      .nullish(),
    backend: z.looseObject({ serviceName: z.string().nullish() }).nullish(),
    tls: z.array(z.looseObject({ hosts: z.array(z.string()).nullish() })).nullish(),
    rules: z
      .array(
        z.looseObject({
          host: z.string().nullish(),
          http: z
            .looseObject({
              paths: z
                .array(
                  z.looseObject({
                    backend: z
                      .looseObject({
                        service: z.looseObject({ name: z.string().nullish() }).nullish(),
                        serviceName: z.string().nullish(),
                      })
                      .nullish(),
                  }),
                )
                .nullish(),
            })
            .nullish(),
        }),
      )
      .nullish(),
  })
  .nullish();
export type IngressSpec = z.infer<typeof IngressSpec>;

export function readIngress(entry: IndexedSpecObject): NonNullable<IngressSpec> | undefined {
  const parsed = IngressSpec.safeParse(entry.spec);
  return parsed.success ? (parsed.data ?? {}) : undefined;
}

/** The Services an Ingress routes to (in its own namespace), `networking.k8s.io/v1` and `extensions/v1beta1` alike. */
export function ingressBackends(entry: IndexedSpecObject): string[] {
  const spec = readIngress(entry);
  if (spec === undefined) return [];
  const names = new Set<string>();
  const add = (name: string | null | undefined) => {
    if (name) names.add(name);
  };
  add(spec.defaultBackend?.service?.name);
  add(spec.backend?.serviceName);
  for (const rule of spec.rules ?? [])
    for (const path of rule.http?.paths ?? []) {
      add(path.backend?.service?.name);
      add(path.backend?.serviceName);
    }
  return [...names].sort();
}

/** How the internet reaches a workload's pods. */
export interface ExposureRoute {
  via: 'LoadBalancer' | 'NodePort' | 'externalIPs' | 'Ingress';
  service: ServiceInfo;
  ingress?: IndexedSpecObject;
}

export const readServices = memoPerIndex((index: ClusterIndex) =>
  index.services.flatMap((entry) => {
    const service = readService(entry);
    return service === undefined ? [] : [service];
  }),
);

const servicesByNamespace = memoPerIndex((index: ClusterIndex) => {
  const map = new Map<string, ServiceInfo[]>();
  for (const service of readServices(index)) {
    const list = map.get(service.namespace);
    if (list === undefined) map.set(service.namespace, [service]);
    else list.push(service);
  }
  return map;
});

/** The Services whose selectors take a workload's pods. */
export function servicesSelecting(index: ClusterIndex, workload: IndexedWorkload): ServiceInfo[] {
  const namespace = namespaceOf(workload);
  return (servicesByNamespace(index).get(namespace) ?? []).filter((service) =>
    serviceSelects(service, namespace, workload.podLabels),
  );
}

/** The Ingresses in front of each Service, by `namespace/name`. */
const ingressesByService = memoPerIndex((index: ClusterIndex) => {
  const map = new Map<string, IndexedSpecObject[]>();
  for (const ingress of index.ingresses)
    for (const name of ingressBackends(ingress)) {
      const key = `${namespaceOf(ingress)}/${name}`;
      const list = map.get(key);
      if (list === undefined) map.set(key, [ingress]);
      else list.push(ingress);
    }
  return map;
});

/** Routes from outside the cluster to a workload's pods: exposed Services, and Ingresses in front of Services. */
export function exposureRoutes(index: ClusterIndex, workload: IndexedWorkload): ExposureRoute[] {
  const routes: ExposureRoute[] = [];
  for (const service of servicesSelecting(index, workload)) {
    if (service.type === 'LoadBalancer' && !service.internal) routes.push({ via: 'LoadBalancer', service });
    if (service.type === 'NodePort') routes.push({ via: 'NodePort', service });
    if (service.externalIPs.length > 0) routes.push({ via: 'externalIPs', service });
    for (const ingress of ingressesByService(index).get(`${service.namespace}/${service.entry.name}`) ?? [])
      routes.push({ via: 'Ingress', service, ingress });
  }
  return routes;
}

export function describeRoute(route: ExposureRoute): string {
  const service = `Service ${route.service.namespace}/${route.service.entry.name}`;
  switch (route.via) {
    case 'Ingress':
      return `Ingress ${route.service.namespace}/${route.ingress?.name ?? '?'} → ${service}`;
    case 'externalIPs':
      return `${service} (externalIPs ${route.service.externalIPs.join(', ')})`;
    default:
      return `${service} (${route.via})`;
  }
}
