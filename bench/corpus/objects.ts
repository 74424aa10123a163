import type { App, Obj } from './app.js';
import { metadata, selectorLabels } from './app.js';
import type { Rng } from './prng.js';

// Everything around a workload: exposure, configuration, identity and RBAC, policy.

export function service(rng: Rng, app: App, headless = false): Obj {
  const type = headless
    ? 'ClusterIP'
    : rng.weighted<string>([
        ['ClusterIP', 70],
        ['NodePort', app.posture === 'insecure' ? 30 : 8],
        ['LoadBalancer', app.posture === 'insecure' ? 30 : 8],
      ]);
  const port: Obj = {
    name: 'http',
    port: app.port === 8443 ? 443 : 80,
    targetPort: rng.chance(0.5) ? 'http' : app.port,
  };
  if (rng.chance(0.5)) port['protocol'] = 'TCP';
  if (type === 'NodePort' && rng.chance(0.5)) port['nodePort'] = rng.int(30000, 32767);
  const spec: Obj = { type, selector: selectorLabels(app), ports: [port] };
  if (headless) spec['clusterIP'] = 'None';
  if (type === 'LoadBalancer' && rng.chance(0.3)) spec['loadBalancerSourceRanges'] = ['10.0.0.0/8'];
  const annotations =
    type === 'LoadBalancer' && rng.chance(0.5)
      ? { annotations: { 'service.beta.kubernetes.io/aws-load-balancer-type': 'nlb' } }
      : {};
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata(app, headless ? `${app.name}-headless` : app.name, annotations),
    spec,
  };
}

export function ingress(rng: Rng, app: App): Obj {
  const host = `${app.name}.${app.environment === 'prod' ? '' : `${app.environment}.`}example.com`;
  const tls = app.posture === 'hardened' || rng.chance(0.5);
  const annotations: Record<string, string> = {};
  if (tls) annotations['cert-manager.io/cluster-issuer'] = 'letsencrypt';
  if (rng.chance(0.3)) annotations['nginx.ingress.kubernetes.io/proxy-body-size'] = '16m';
  if (app.posture === 'insecure' && rng.chance(0.3))
    annotations['nginx.ingress.kubernetes.io/configuration-snippet'] = 'more_set_headers "X-Debug: on";';
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: metadata(app, app.name, Object.keys(annotations).length > 0 ? { annotations } : {}),
    spec: {
      ingressClassName: rng.pick(['nginx', 'nginx', 'alb', 'traefik']),
      ...(tls ? { tls: [{ hosts: [host], secretName: `${app.name}-tls` }] } : {}),
      rules: [
        {
          host,
          http: {
            paths: [
              {
                path: rng.pick(['/', '/api', `/${app.name}`]),
                pathType: 'Prefix',
                backend: { service: { name: app.name, port: { name: 'http' } } },
              },
            ],
          },
        },
      ],
    },
  };
}

function configFile(rng: Rng, app: App): [string, string] {
  switch (rng.int(0, 3)) {
    case 0:
      return [
        'application.yaml',
        [
          'server:',
          `  port: ${app.port}`,
          'logging:',
          `  level: ${rng.pick(['INFO', 'DEBUG', 'WARN'])}`,
          'cache:',
          `  ttl: ${rng.int(10, 3600)}s`,
          `  size: ${rng.int(100, 10000)}`,
          'features:',
          ...Array.from({ length: rng.int(2, 10) }, (_, index) => `  flag${index}: ${rng.chance(0.5)}`),
          '',
        ].join('\n'),
      ];
    case 1:
      return [
        'nginx.conf',
        [
          'server {',
          `  listen ${app.port};`,
          '  server_name _;',
          '  location / {',
          `    proxy_pass http://127.0.0.1:${rng.int(3000, 9000)};`,
          '    proxy_set_header Host $host;',
          '  }',
          '  location /healthz { return 200; }',
          '}',
          '',
        ].join('\n'),
      ];
    case 2:
      return [
        'settings.json',
        JSON.stringify(
          {
            service: app.name,
            retries: rng.int(1, 5),
            upstreams: [`${app.name}-a:8080`, `${app.name}-b:8080`],
          },
          null,
          2,
        ),
      ];
    default:
      return [
        'log4j2.properties',
        `rootLogger.level = ${rng.pick(['info', 'warn'])}\nappender.console.type = Console\n`,
      ];
  }
}

export function configMap(rng: Rng, app: App): Obj {
  const data: Record<string, string> = {
    LOG_LEVEL: rng.pick(['info', 'debug']),
    FEATURE_FLAGS: rng.sample(['search', 'checkout-v2', 'dark-mode', 'beta-api'], rng.int(1, 3)).join(','),
  };
  if (rng.chance(0.6)) {
    const [name, text] = configFile(rng, app);
    data[name] = text;
  }
  if (app.posture === 'insecure' && rng.chance(0.4))
    data['DATABASE_URL'] =
      `postgres://${app.name}:${rng.alnum(16)}@postgres.${app.namespace}:5432/${app.name}`;
  if (rng.chance(0.05)) data['SMTP_PASSWORD'] = rng.alnum(18);
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: metadata(app, `${app.name}-config`), data };
}

function base64(text: string): string {
  return Buffer.from(text).toString('base64');
}

export function secret(rng: Rng, app: App): Obj {
  const style = rng.weighted<'opaque' | 'string' | 'tls' | 'registry'>([
    ['opaque', 55],
    ['string', app.posture === 'insecure' ? 25 : 5],
    ['tls', 15],
    ['registry', 5],
  ]);
  const base = { apiVersion: 'v1', kind: 'Secret' };
  if (style === 'tls')
    return {
      ...base,
      metadata: metadata(app, `${app.name}-tls`),
      type: 'kubernetes.io/tls',
      data: { 'tls.crt': `LS0tLS1CRUdJTi${rng.alnum(1100)}`, 'tls.key': `LS0tLS1CRUdJTi${rng.alnum(1600)}` },
    };
  if (style === 'registry')
    return {
      ...base,
      metadata: metadata(app, 'registry-credentials'),
      type: 'kubernetes.io/dockerconfigjson',
      data: {
        '.dockerconfigjson': base64(
          JSON.stringify({ auths: { 'registry.example.com': { auth: rng.alnum(40) } } }),
        ),
      },
    };
  const values: Record<string, string> = {
    db_password: rng.alnum(24),
    api_key: rng.alnum(32),
    ...(rng.chance(0.4) ? { jwt_secret: rng.alnum(48) } : {}),
  };
  if (style === 'string')
    return { ...base, metadata: metadata(app, `${app.name}-secrets`), type: 'Opaque', stringData: values };
  const data: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) data[key] = base64(value);
  return { ...base, metadata: metadata(app, `${app.name}-secrets`), type: 'Opaque', data };
}

export function serviceAccount(rng: Rng, app: App): Obj {
  const annotations = rng.chance(0.3)
    ? { annotations: { 'eks.amazonaws.com/role-arn': `arn:aws:iam::123456789012:role/${app.name}` } }
    : {};
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: metadata(app, app.name, annotations),
    ...(app.posture === 'hardened' ? { automountServiceAccountToken: false } : {}),
  };
}

export function networkPolicy(rng: Rng, app: App): Obj {
  const base = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy' };
  if (rng.chance(0.4))
    return {
      ...base,
      metadata: { name: 'default-deny', namespace: app.namespace },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    };
  return {
    ...base,
    metadata: metadata(app, `${app.name}-allow`),
    spec: {
      podSelector: { matchLabels: selectorLabels(app) },
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }],
          ports: [{ protocol: 'TCP', port: app.port }],
        },
      ],
    },
  };
}

export function autoscaler(rng: Rng, app: App): Obj {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: metadata(app, app.name),
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: app.name },
      minReplicas: app.replicas,
      maxReplicas: app.replicas * rng.int(2, 5),
      metrics: [
        {
          type: 'Resource',
          resource: {
            name: 'cpu',
            target: { type: 'Utilization', averageUtilization: rng.pick([60, 70, 80]) },
          },
        },
      ],
    },
  };
}

export function disruptionBudget(rng: Rng, app: App): Obj {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: metadata(app, app.name),
    spec: {
      ...(rng.chance(0.5) ? { minAvailable: 1 } : { maxUnavailable: '25%' }),
      selector: { matchLabels: selectorLabels(app) },
    },
  };
}

export function namespace(rng: Rng, name: string): Obj {
  const level = rng.weighted<string | undefined>([
    ['restricted', 30],
    ['baseline', 30],
    ['privileged', 10],
    [undefined, 30],
  ]);
  const labels: Record<string, string> = { 'kubernetes.io/metadata.name': name };
  if (level !== undefined) {
    labels['pod-security.kubernetes.io/enforce'] = level;
    if (rng.chance(0.4)) labels['pod-security.kubernetes.io/enforce-version'] = `v1.${rng.int(25, 31)}`;
    if (rng.chance(0.5)) labels['pod-security.kubernetes.io/warn'] = 'restricted';
  }
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } };
}

export function quota(rng: Rng, app: App): Obj {
  if (rng.chance(0.5))
    return {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'compute', namespace: app.namespace },
      spec: {
        hard: {
          'requests.cpu': String(rng.int(4, 64)),
          'requests.memory': `${rng.int(8, 256)}Gi`,
          pods: String(rng.int(20, 200)),
        },
      },
    };
  return {
    apiVersion: 'v1',
    kind: 'LimitRange',
    metadata: { name: 'defaults', namespace: app.namespace },
    spec: {
      limits: [
        {
          type: 'Container',
          default: { cpu: '500m', memory: '512Mi' },
          defaultRequest: { cpu: '100m', memory: '128Mi' },
        },
      ],
    },
  };
}

export function volumeClaim(rng: Rng, app: App): Obj {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: metadata(app, `${app.name}-data`),
    spec: {
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: rng.pick(['1Gi', '5Gi', '20Gi']) } },
    },
  };
}
