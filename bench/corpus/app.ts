import type { Rng } from './prng.js';
import type { Language } from './vocabulary.js';
import {
  environments,
  languages,
  nameHeads,
  nameTails,
  publicImages,
  registries,
  teams,
} from './vocabulary.js';

export type Obj = Record<string, unknown>;

/** How carefully the team that wrote the manifest hardened it; drives which rules fire. */
export type Posture = 'hardened' | 'typical' | 'insecure';
export type AppRole = 'web' | 'worker' | 'database' | 'cache' | 'batch' | 'agent' | 'debug';

export interface App {
  name: string;
  namespace: string;
  team: string;
  environment: string;
  role: AppRole;
  posture: Posture;
  language: Language;
  image: string;
  port: number;
  replicas: number;
  version: string;
  labels: Record<string, string>;
}

function semver(rng: Rng): string {
  return `${rng.int(0, 4)}.${rng.int(0, 30)}.${rng.int(0, 20)}`;
}

function appImage(rng: Rng, name: string, role: AppRole, posture: Posture, version: string): string {
  if (role === 'database' || role === 'cache' || role === 'debug') {
    const [repository, tags] = rng.pick(publicImages);
    const tag = posture === 'insecure' && rng.chance(0.5) ? 'latest' : rng.pick(tags);
    return rng.chance(0.2) ? repository : `${repository}:${tag}`;
  }
  const registry = rng.pick(registries);
  const repository = registry === '' ? name : `${registry}/${name}`;
  if (posture === 'hardened' && rng.chance(0.6)) return `${repository}@sha256:${rng.hex(64)}`;
  if (posture === 'insecure' && rng.chance(0.4)) return rng.chance(0.5) ? repository : `${repository}:latest`;
  return `${repository}:${rng.chance(0.7) ? version : `${version}-${rng.hex(7)}`}`;
}

export function makeApp(rng: Rng, namespaceHint?: string): App {
  const team = rng.pick(teams);
  const environment = rng.pick(environments);
  const role = rng.weighted<AppRole>([
    ['web', 45],
    ['worker', 20],
    ['database', 7],
    ['cache', 6],
    ['batch', 12],
    ['agent', 5],
    ['debug', 5],
  ]);
  const posture = rng.weighted<Posture>([
    ['hardened', 30],
    ['typical', 55],
    ['insecure', 15],
  ]);
  const name = rng.chance(0.6) ? `${rng.pick(nameHeads)}-${rng.pick(nameTails)}` : rng.pick(nameHeads);
  const version = semver(rng);
  const namespace = namespaceHint ?? (rng.chance(0.7) ? `${team}-${environment}` : team);
  return {
    name,
    namespace,
    team,
    environment,
    role,
    posture,
    language: rng.pick(languages),
    image: appImage(rng, name, role, posture, version),
    port: rng.pick([80, 3000, 5000, 8000, 8080, 8080, 8443, 9000, 9090]),
    replicas: role === 'database' ? rng.pick([1, 3]) : rng.int(1, 6),
    version,
    labels: appLabels(rng, name, team, version),
  };
}

function appLabels(rng: Rng, name: string, team: string, version: string): Record<string, string> {
  const style = rng.int(0, 2);
  if (style === 0) return { app: name };
  if (style === 1) return { app: name, team, tier: rng.pick(['frontend', 'backend', 'data']) };
  return {
    'app.kubernetes.io/name': name,
    'app.kubernetes.io/instance': `${name}-${rng.pick(['main', 'blue', 'green', 'canary'])}`,
    'app.kubernetes.io/version': version,
    'app.kubernetes.io/part-of': team,
    'app.kubernetes.io/managed-by': rng.pick(['Helm', 'kustomize', 'argocd']),
  };
}

/** The labels a selector uses: the stable subset of the app's labels. */
export function selectorLabels(app: App): Record<string, string> {
  const name = app.labels['app.kubernetes.io/name'];
  if (name !== undefined)
    return {
      'app.kubernetes.io/name': name,
      'app.kubernetes.io/instance': app.labels['app.kubernetes.io/instance'] ?? name,
    };
  return { app: app.name };
}

export function metadata(app: App, name: string, extra: Obj = {}): Obj {
  return { name, namespace: app.namespace, labels: { ...app.labels }, ...extra };
}
