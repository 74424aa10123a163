import type { App, Obj } from './app.js';
import { metadata, selectorLabels } from './app.js';
import { podSpec } from './pod-spec.js';
import type { Rng } from './prng.js';

export type WorkloadKind =
  'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'CronJob' | 'Pod' | 'ReplicaSet';

export function workloadKindFor(rng: Rng, app: App): WorkloadKind {
  switch (app.role) {
    case 'web':
    case 'worker':
      return rng.weighted<WorkloadKind>([
        ['Deployment', 94],
        ['Pod', 3],
        ['ReplicaSet', 3],
      ]);
    case 'database':
      return 'StatefulSet';
    case 'cache':
      return rng.chance(0.5) ? 'StatefulSet' : 'Deployment';
    case 'batch':
      return rng.chance(0.6) ? 'CronJob' : 'Job';
    case 'agent':
      return 'DaemonSet';
    case 'debug':
      return 'Pod';
  }
}

function workloadAnnotations(rng: Rng, app: App): Obj {
  if (!rng.chance(0.4)) return {};
  const annotations: Record<string, string> = {};
  if (rng.chance(0.5)) annotations['deployment.kubernetes.io/revision'] = String(rng.int(1, 40));
  if (rng.chance(0.5)) annotations['owner'] = `${app.team}@example.com`;
  if (rng.chance(0.3)) annotations['argocd.argoproj.io/sync-wave'] = String(rng.int(-2, 5));
  if (app.posture !== 'hardened' && rng.chance(0.1))
    annotations['bulwark.dev/ignore'] = 'KW001 -- legacy workload, tracked in the hardening backlog';
  return Object.keys(annotations).length === 0 ? {} : { annotations };
}

interface PodTemplate {
  metadata: Obj;
  spec: Obj;
}

function template(rng: Rng, app: App): PodTemplate {
  const meta: Obj = { labels: { ...app.labels } };
  if (rng.chance(0.35))
    meta['annotations'] = {
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': String(rng.chance(0.5) ? 9102 : app.port),
      ...(rng.chance(0.3) ? { 'checksum/config': rng.hex(64) } : {}),
    };
  return { metadata: meta, spec: podSpec(rng, app) };
}

function jobSpec(rng: Rng, app: App): Obj {
  const pod = template(rng, app);
  pod.spec['restartPolicy'] = rng.pick(['OnFailure', 'Never']);
  return {
    backoffLimit: rng.int(0, 6),
    ...(rng.chance(0.5) ? { ttlSecondsAfterFinished: rng.pick([300, 3600, 86400]) } : {}),
    ...(rng.chance(0.3) ? { activeDeadlineSeconds: rng.pick([600, 1800, 7200]) } : {}),
    template: pod,
  };
}

export function workload(rng: Rng, app: App, kind: WorkloadKind): Obj {
  const meta = metadata(app, app.name, workloadAnnotations(rng, app));
  const selector = { matchLabels: selectorLabels(app) };
  switch (kind) {
    case 'Deployment':
      return {
        apiVersion: 'apps/v1',
        kind,
        metadata: meta,
        spec: {
          replicas: app.replicas,
          ...(rng.chance(0.4) ? { revisionHistoryLimit: rng.pick([3, 5, 10]) } : {}),
          selector,
          ...(rng.chance(0.4)
            ? { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } } }
            : {}),
          template: template(rng, app),
        },
      };
    case 'ReplicaSet':
      return {
        apiVersion: 'apps/v1',
        kind,
        metadata: meta,
        spec: { replicas: app.replicas, selector, template: template(rng, app) },
      };
    case 'StatefulSet':
      return {
        apiVersion: 'apps/v1',
        kind,
        metadata: meta,
        spec: {
          serviceName: `${app.name}-headless`,
          replicas: app.replicas,
          selector,
          ...(rng.chance(0.3) ? { podManagementPolicy: 'Parallel' } : {}),
          template: template(rng, app),
          volumeClaimTemplates: [
            {
              metadata: { name: 'data' },
              spec: {
                accessModes: ['ReadWriteOnce'],
                ...(rng.chance(0.6)
                  ? { storageClassName: rng.pick(['gp3', 'standard-rwo', 'fast-ssd']) }
                  : {}),
                resources: { requests: { storage: rng.pick(['10Gi', '20Gi', '50Gi', '100Gi']) } },
              },
            },
          ],
        },
      };
    case 'DaemonSet':
      return {
        apiVersion: 'apps/v1',
        kind,
        metadata: meta,
        spec: {
          selector,
          updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
          template: template(rng, app),
        },
      };
    case 'Job':
      return { apiVersion: 'batch/v1', kind, metadata: meta, spec: jobSpec(rng, app) };
    case 'CronJob':
      return {
        apiVersion: 'batch/v1',
        kind,
        metadata: meta,
        spec: {
          schedule: rng.pick(['*/5 * * * *', '0 * * * *', '30 2 * * *', '0 4 * * 0', '15 */6 * * *']),
          concurrencyPolicy: rng.pick(['Forbid', 'Allow', 'Replace']),
          ...(rng.chance(0.5) ? { successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1 } : {}),
          ...(rng.chance(0.2) ? { timeZone: 'Etc/UTC' } : {}),
          jobTemplate: { spec: jobSpec(rng, app) },
        },
      };
    case 'Pod': {
      const pod = template(rng, app);
      return { apiVersion: 'v1', kind, metadata: { ...meta, ...pod.metadata }, spec: pod.spec };
    }
  }
}
