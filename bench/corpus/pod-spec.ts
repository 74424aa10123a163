import type { App, Obj } from './app.js';
import { selectorLabels } from './app.js';
import type { Rng } from './prng.js';
import { dangerousCapabilities, envNames, secretEnvNames } from './vocabulary.js';

// Pod specs in the shapes teams actually write: hardened ones with every securityContext field set, typical ones
// with half of them, and insecure ones that turn on one to three dangerous settings so the rules have work to do.

function fakeSecretValue(rng: Rng): string {
  return rng.weighted<() => string>([
    [() => rng.alnum(rng.int(16, 40)), 5],
    [() => `AKIA${rng.alnum(16).toUpperCase()}`, 1],
    [() => `postgres://app:${rng.alnum(14)}@db.internal:5432/app`, 2],
    [() => `sk_live_${rng.alnum(28)}`, 1],
  ])();
}

function envVar(rng: Rng, app: App, name: string): Obj {
  switch (name) {
    case 'PORT':
      return { name, value: String(app.port) };
    case 'LOG_LEVEL':
      return { name, value: rng.pick(['info', 'debug', 'warn']) };
    case 'DB_HOST':
      return { name, value: `postgres.${app.namespace}.svc.cluster.local` };
    case 'OTEL_EXPORTER_OTLP_ENDPOINT':
      return { name, value: 'http://otel-collector.observability:4317' };
    case 'REDIS_HOST':
      return { name, value: `redis.${app.namespace}` };
    case 'QUEUE_URL':
      return { name, value: `amqp://rabbitmq.${app.namespace}:5672/${app.name}` };
    case 'S3_BUCKET':
      return { name, value: `${app.team}-${app.environment}-${app.name}` };
    case 'APP_ENV':
    case 'NODE_ENV':
    case 'SENTRY_ENVIRONMENT':
      return { name, value: app.environment === 'prod' ? 'production' : app.environment };
    case 'OTEL_SERVICE_NAME':
    case 'DB_NAME':
      return { name, value: app.name };
    case 'JAVA_OPTS':
      return { name, value: `-Xms${rng.pick([128, 256])}m -Xmx${rng.pick([512, 1024])}m -XX:+UseG1GC` };
    case 'TZ':
      return { name, value: 'UTC' };
    case 'HTTP_TIMEOUT':
    case 'CACHE_TTL':
      return { name, value: `${rng.int(1, 120)}s` };
    case 'FEATURE_NEW_CHECKOUT':
      return { name, value: String(rng.chance(0.5)) };
    default:
      return { name, value: String(rng.int(1, 64)) };
  }
}

function environment(rng: Rng, app: App): Obj[] {
  const env: Obj[] = rng.sample(envNames, rng.int(1, 7)).map((name) => envVar(rng, app, name));
  if (rng.chance(0.5))
    env.push({ name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } });
  if (rng.chance(0.3))
    env.push({ name: 'NODE_IP', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } });
  for (const name of rng.sample(secretEnvNames, rng.int(0, 2))) {
    const inline = app.posture === 'insecure' ? rng.chance(0.6) : rng.chance(0.04);
    env.push(
      inline
        ? { name, value: fakeSecretValue(rng) }
        : { name, valueFrom: { secretKeyRef: { name: `${app.name}-secrets`, key: name.toLowerCase() } } },
    );
  }
  return env;
}

function resources(rng: Rng, app: App): Obj | undefined {
  if (app.posture !== 'hardened' && rng.chance(app.posture === 'insecure' ? 0.6 : 0.25)) return undefined;
  const cpu = rng.pick(['50m', '100m', '250m', '500m', '1']);
  const memory = rng.pick(['64Mi', '128Mi', '256Mi', '512Mi', '1Gi', '2Gi']);
  const requests = { cpu, memory };
  if (rng.chance(0.2)) return { requests };
  return {
    requests,
    limits: { cpu: rng.pick(['500m', '1', '2']), memory: rng.pick(['512Mi', '1Gi', '2Gi', '4Gi']) },
  };
}

function probe(rng: Rng, app: App, path: string): Obj {
  const handler = rng.chance(0.8)
    ? { httpGet: { path, port: rng.chance(0.5) ? 'http' : app.port, scheme: 'HTTP' } }
    : { tcpSocket: { port: app.port } };
  return {
    ...handler,
    initialDelaySeconds: rng.int(0, 30),
    periodSeconds: rng.pick([5, 10, 15, 30]),
    timeoutSeconds: rng.int(1, 5),
    failureThreshold: rng.int(2, 6),
  };
}

function containerSecurity(rng: Rng, app: App): Obj | undefined {
  if (app.posture === 'hardened')
    return {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: rng.chance(0.8),
      runAsNonRoot: true,
      ...(rng.chance(0.5) ? { runAsUser: rng.pick([1000, 10001, 65532]) } : {}),
      capabilities: { drop: ['ALL'] },
      ...(rng.chance(0.4) ? { seccompProfile: { type: 'RuntimeDefault' } } : {}),
    };
  if (app.posture === 'typical') {
    if (rng.chance(0.5)) return undefined;
    return rng.chance(0.5) ? { allowPrivilegeEscalation: false } : { runAsNonRoot: true, runAsUser: 1000 };
  }
  return insecureSecurity(rng);
}

function insecureSecurity(rng: Rng): Obj {
  const context: Obj = {};
  for (const setting of rng.sample(
    ['privileged', 'escalation', 'root', 'caps', 'seccomp', 'proc', 'selinux'],
    rng.int(1, 3),
  )) {
    if (setting === 'privileged') context['privileged'] = true;
    if (setting === 'escalation') context['allowPrivilegeEscalation'] = true;
    if (setting === 'root') context['runAsUser'] = 0;
    if (setting === 'caps')
      context['capabilities'] = { add: rng.sample(dangerousCapabilities, rng.int(1, 2)) };
    if (setting === 'seccomp') context['seccompProfile'] = { type: 'Unconfined' };
    if (setting === 'proc') context['procMount'] = 'Unmasked';
    if (setting === 'selinux') context['seLinuxOptions'] = { type: 'spc_t' };
  }
  return context;
}

function mainContainer(rng: Rng, app: App): Obj {
  const container: Obj = { name: app.name, image: app.image };
  if (rng.chance(0.6)) container['imagePullPolicy'] = rng.pick(['IfNotPresent', 'Always']);
  if (rng.chance(0.3)) container['command'] = ['/app/bin/server'];
  if (rng.chance(0.35))
    container['args'] = ['--port', String(app.port), `--log-format=${rng.pick(['json', 'text'])}`];
  if (app.role !== 'batch') {
    const port: Obj = { name: 'http', containerPort: app.port, protocol: 'TCP' };
    if (app.posture === 'insecure' && rng.chance(0.3)) port['hostPort'] = app.port;
    container['ports'] = rng.chance(0.3)
      ? [port, { name: 'metrics', containerPort: 9102, protocol: 'TCP' }]
      : [port];
  }
  container['env'] = environment(rng, app);
  if (rng.chance(0.3)) container['envFrom'] = [{ configMapRef: { name: `${app.name}-config` } }];
  const limits = resources(rng, app);
  if (limits !== undefined) container['resources'] = limits;
  if (app.role !== 'batch' && (app.posture === 'hardened' || rng.chance(0.5))) {
    container['livenessProbe'] = probe(rng, app, '/healthz');
    container['readinessProbe'] = probe(rng, app, '/ready');
  }
  if (rng.chance(0.15)) container['lifecycle'] = { preStop: { exec: { command: ['sh', '-c', 'sleep 10'] } } };
  const mounts: Obj[] = [{ name: 'config', mountPath: '/etc/app', readOnly: true }];
  if (rng.chance(0.5)) mounts.push({ name: 'tmp', mountPath: '/tmp' });
  container['volumeMounts'] = mounts;
  const security = containerSecurity(rng, app);
  if (security !== undefined) container['securityContext'] = security;
  return container;
}

function sidecar(rng: Rng, app: App): Obj {
  const kind = rng.pick(['envoy', 'fluent-bit', 'cloud-sql-proxy', 'oauth2-proxy']);
  const images: Record<string, string> = {
    envoy: 'envoyproxy/envoy:v1.29.3',
    'fluent-bit': 'fluent/fluent-bit:3.0.2',
    'cloud-sql-proxy': 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.10.1',
    'oauth2-proxy': 'quay.io/oauth2-proxy/oauth2-proxy:v7.6.0',
  };
  const container: Obj = { name: kind, image: images[kind] ?? kind };
  container['args'] = [`--config=/etc/${kind}/config.yaml`];
  container['resources'] = { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '128Mi' } };
  if (app.posture === 'hardened')
    container['securityContext'] = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } };
  return container;
}

function initContainer(rng: Rng, app: App): Obj {
  if (rng.chance(0.5))
    return {
      name: 'wait-for-db',
      image: rng.pick(['busybox:1.36', 'busybox', 'alpine:3.19']),
      command: ['sh', '-c', `until nc -z postgres.${app.namespace} 5432; do echo waiting; sleep 2; done`],
    };
  return {
    name: 'migrate',
    image: app.image,
    command: ['/app/bin/migrate', 'up'],
    env: environment(rng, app),
  };
}

function volumes(rng: Rng, app: App): Obj[] {
  const list: Obj[] = [
    { name: 'config', configMap: { name: `${app.name}-config` } },
    { name: 'tmp', emptyDir: {} },
  ];
  if (rng.chance(0.3))
    list.push({ name: 'tls', secret: { secretName: `${app.name}-tls`, defaultMode: 0o400 } });
  return list;
}

function podSecurity(rng: Rng, app: App): Obj | undefined {
  if (app.posture === 'hardened')
    return {
      runAsNonRoot: true,
      runAsUser: rng.pick([1000, 10001, 65532]),
      runAsGroup: rng.pick([1000, 10001, 65532]),
      fsGroup: rng.pick([1000, 2000]),
      seccompProfile: { type: 'RuntimeDefault' },
    };
  if (app.posture === 'typical' && rng.chance(0.4)) return { fsGroup: 1000 };
  if (app.posture === 'insecure' && rng.chance(0.3))
    return { sysctls: [{ name: 'kernel.msgmax', value: '65536' }], runAsUser: 0 };
  return undefined;
}

/** Host namespaces and host paths: the node-level escapes, only on insecure pods and node agents. */
function hostAccess(rng: Rng, app: App, spec: Obj, volumeList: Obj[], container: Obj): void {
  const nodeAgent = app.role === 'agent';
  if (app.posture !== 'insecure' && !nodeAgent) return;
  if (rng.chance(nodeAgent ? 0.5 : 0.3)) spec['hostNetwork'] = true;
  if (rng.chance(nodeAgent ? 0.4 : 0.2)) spec['hostPID'] = true;
  if (rng.chance(0.1)) spec['hostIPC'] = true;
  if (rng.chance(nodeAgent ? 0.9 : 0.3)) {
    const path = rng.pick(['/var/run/docker.sock', '/var/log', '/', '/proc', '/etc', '/var/lib/kubelet']);
    volumeList.push({ name: 'host', hostPath: { path, type: rng.pick(['Directory', 'Socket', '']) } });
    const mounts = container['volumeMounts'];
    if (Array.isArray(mounts)) mounts.push({ name: 'host', mountPath: `/host${path === '/' ? '' : path}` });
  }
}

export function podSpec(rng: Rng, app: App): Obj {
  const container = mainContainer(rng, app);
  const spec: Obj = {};
  if (rng.chance(0.5)) spec['serviceAccountName'] = app.name;
  if (app.posture === 'hardened' || rng.chance(0.1)) spec['automountServiceAccountToken'] = false;
  const security = podSecurity(rng, app);
  if (security !== undefined) spec['securityContext'] = security;
  if (rng.chance(0.25)) spec['initContainers'] = [initContainer(rng, app)];
  spec['containers'] = rng.chance(0.2) ? [container, sidecar(rng, app)] : [container];
  const volumeList = volumes(rng, app);
  hostAccess(rng, app, spec, volumeList, container);
  spec['volumes'] = volumeList;
  if (rng.chance(0.3)) spec['nodeSelector'] = { 'kubernetes.io/os': 'linux' };
  if (rng.chance(0.2))
    spec['tolerations'] = [{ key: 'dedicated', operator: 'Equal', value: app.team, effect: 'NoSchedule' }];
  if (rng.chance(0.2))
    spec['affinity'] = {
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          {
            weight: 100,
            podAffinityTerm: {
              labelSelector: { matchLabels: selectorLabels(app) },
              topologyKey: 'kubernetes.io/hostname',
            },
          },
        ],
      },
    };
  if (rng.chance(0.3)) spec['terminationGracePeriodSeconds'] = rng.pick([30, 60, 120]);
  if (rng.chance(0.25)) spec['imagePullSecrets'] = [{ name: 'registry-credentials' }];
  return spec;
}
