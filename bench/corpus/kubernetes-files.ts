import { stringify } from 'yaml';
import type { App, Obj } from './app.js';
import { makeApp } from './app.js';
import type { CorpusFile } from './corpus-file.js';
import {
  autoscaler,
  configMap,
  disruptionBudget,
  ingress,
  namespace,
  networkPolicy,
  quota,
  secret,
  service,
  serviceAccount,
  volumeClaim,
} from './objects.js';
import type { Rng } from './prng.js';
import { createRng } from './prng.js';
import { role, roleBinding, teamAccess } from './rbac.js';
import type { RenderedDocument } from './render.js';
import { asServerObject, renderJsonList, renderYaml, yamlStyle } from './render.js';
import { teams } from './vocabulary.js';
import { workload, workloadKindFor } from './workloads.js';

type Layout =
  'bundle' | 'split' | 'helm' | 'platform' | 'rbac' | 'single' | 'list-json' | 'list-yaml' | 'values';

/** Everything one application ships: identity, configuration, the workload, exposure, policy. */
function appObjects(rng: Rng, app: App): Obj[] {
  const kind = workloadKindFor(rng, app);
  const objects: Obj[] = [];
  if (rng.chance(0.7)) objects.push(serviceAccount(rng, app));
  if (rng.chance(0.7)) objects.push(configMap(rng, app));
  if (rng.chance(0.3)) objects.push(secret(rng, app));
  if (rng.chance(0.05)) objects.push(volumeClaim(rng, app));
  objects.push(workload(rng, app, kind));
  if (kind === 'StatefulSet') objects.push(service(rng, app, true));
  const exposed = app.role === 'web' ? 0.9 : app.role === 'worker' ? 0.3 : app.role === 'batch' ? 0 : 0.6;
  if (rng.chance(exposed)) objects.push(service(rng, app));
  if (app.role === 'web' && rng.chance(0.5)) objects.push(ingress(rng, app));
  if (kind === 'Deployment' && rng.chance(0.3)) objects.push(autoscaler(rng, app));
  if (kind === 'Deployment' && rng.chance(0.2)) objects.push(disruptionBudget(rng, app));
  if (rng.chance(0.35)) objects.push(networkPolicy(rng, app));
  const clusterScoped = app.role === 'agent' ? rng.chance(0.7) : rng.chance(0.05);
  if (clusterScoped || rng.chance(0.35))
    objects.push(role(rng, app, clusterScoped), roleBinding(rng, app, clusterScoped));
  return objects;
}

function fileId(index: number): string {
  return index.toString(36).padStart(3, '0');
}

function kindOf(object: Obj): string {
  return typeof object['kind'] === 'string' ? object['kind'] : 'Object';
}

function maybeCrlf(rng: Rng, text: string): string {
  return rng.chance(0.01) ? text.replace(/\n/g, '\r\n') : text;
}

function yamlFile(
  rng: Rng,
  path: string,
  documents: RenderedDocument[],
  units = documents.length,
): CorpusFile {
  return {
    path,
    text: maybeCrlf(rng, renderYaml(rng, documents, yamlStyle(rng))),
    kind: 'kubernetes',
    units,
  };
}

function splitFiles(rng: Rng, app: App, folder: string): CorpusFile[] {
  const files: CorpusFile[] = [];
  const used = new Set<string>();
  const extension = rng.chance(0.2) ? 'yml' : 'yaml';
  const objects = appObjects(rng, app);
  for (const object of objects) {
    let base = kindOf(object).toLowerCase();
    if (used.has(base)) base = `${base}-${used.size}`;
    used.add(base);
    files.push(yamlFile(rng, `${folder}/${base}.${extension}`, [{ object }]));
  }
  if (rng.chance(0.5)) {
    const kustomization = {
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      namespace: app.namespace,
      resources: [...used].map((base) => `${base}.${extension}`),
      commonLabels: { team: app.team },
    };
    files.push(yamlFile(rng, `${folder}/kustomization.yaml`, [{ object: kustomization }]));
  }
  return files;
}

function helmFile(rng: Rng, path: string): CorpusFile {
  const app = makeApp(rng);
  const chart = app.name;
  const documents: RenderedDocument[] = appObjects(rng, app).map((object) => ({
    object,
    source: `${chart}/templates/${kindOf(object).toLowerCase()}.yaml`,
  }));
  if (rng.chance(0.35)) {
    const dependency = makeApp(rng, app.namespace);
    const name = rng.pick(['redis', 'postgresql', 'rabbitmq']);
    for (const object of appObjects(rng, { ...dependency, role: 'database', name: `${app.name}-${name}` }))
      documents.push({
        object,
        source: `${chart}/charts/${name}/templates/${kindOf(object).toLowerCase()}.yaml`,
      });
  }
  return yamlFile(rng, path, documents);
}

function platformFile(rng: Rng, path: string): CorpusFile {
  const team = rng.pick(teams);
  const objects: Obj[] = [];
  for (const environment of rng.sample(['dev', 'staging', 'prod', 'qa', 'sandbox'], rng.int(1, 5))) {
    const app = makeApp(rng, `${team}-${environment}`);
    objects.push(namespace(rng, app.namespace));
    if (rng.chance(0.7)) objects.push(quota(rng, app));
    if (rng.chance(0.4)) objects.push(quota(rng, app));
    if (rng.chance(0.6)) objects.push(networkPolicy(rng, app));
    if (rng.chance(0.6)) objects.push(...teamAccess(rng, team, app.namespace));
    if (rng.chance(0.2)) objects.push(role(rng, app, true), roleBinding(rng, app, true));
  }
  return yamlFile(
    rng,
    path,
    objects.map((object) => ({ object })),
  );
}

function rbacFile(rng: Rng, path: string): CorpusFile {
  const team = rng.pick(teams);
  const objects: Obj[] = [];
  for (const environment of rng.sample(['dev', 'staging', 'prod', 'qa', 'sandbox'], rng.int(2, 5)))
    for (let grant = rng.int(1, 3); grant > 0; grant -= 1)
      objects.push(...teamAccess(rng, team, `${team}-${environment}`));
  return yamlFile(
    rng,
    path,
    objects.map((object) => ({ object })),
  );
}

function listItems(rng: Rng): Obj[] {
  const items: Obj[] = [];
  const target = rng.int(2, 6);
  const namespaceName = makeApp(rng).namespace;
  while (items.length < target) {
    const app = makeApp(rng, namespaceName);
    for (const object of appObjects(rng, app)) items.push(asServerObject(rng, object));
  }
  return items;
}

function valuesFile(rng: Rng, path: string): CorpusFile {
  const app = makeApp(rng);
  const values = {
    replicaCount: app.replicas,
    image: { repository: app.image.split(/[:@]/)[0], tag: app.version, pullPolicy: 'IfNotPresent' },
    service: { type: 'ClusterIP', port: app.port },
    ingress: {
      enabled: rng.chance(0.5),
      className: 'nginx',
      hosts: [{ host: `${app.name}.example.com`, paths: [{ path: '/', pathType: 'Prefix' }] }],
    },
    resources: { limits: { cpu: '500m', memory: '512Mi' }, requests: { cpu: '100m', memory: '128Mi' } },
    podSecurityContext: app.posture === 'hardened' ? { runAsNonRoot: true, fsGroup: 2000 } : {},
    nodeSelector: {},
    tolerations: [],
  };
  return {
    path,
    text: `# Default values for ${app.name}.\n${stringify(values, { lineWidth: 0 })}`,
    kind: 'kubernetes',
    units: 0,
  };
}

function filesFor(rng: Rng, layout: Layout, index: number): CorpusFile[] {
  const id = fileId(index);
  const app = makeApp(rng);
  switch (layout) {
    case 'bundle': {
      // An app often ships with its worker or its cache in the same file.
      const objects = appObjects(rng, app);
      if (rng.chance(0.15))
        objects.push(...appObjects(rng, { ...makeApp(rng, app.namespace), team: app.team }));
      return [
        yamlFile(
          rng,
          `kubernetes/apps/${app.team}/${app.name}-${id}.yaml`,
          objects.map((object) => ({ object })),
        ),
      ];
    }
    case 'split':
      return splitFiles(rng, app, `kubernetes/apps/${app.team}/${app.name}-${id}`);
    case 'helm':
      return [helmFile(rng, `kubernetes/rendered/${app.name}-${id}.yaml`)];
    case 'platform':
      return [platformFile(rng, `kubernetes/platform/${app.team}-${id}.yaml`)];
    case 'rbac':
      return [rbacFile(rng, `kubernetes/access/${app.team}-${id}.yaml`)];
    case 'single': {
      const object = rng.chance(0.55)
        ? workload(rng, app, workloadKindFor(rng, app))
        : rng.pick([configMap, service, ingress, networkPolicy, serviceAccount])(rng, app);
      return [
        yamlFile(rng, `kubernetes/apps/${app.team}/${app.name}-${id}-${kindOf(object).toLowerCase()}.yaml`, [
          { object },
        ]),
      ];
    }
    case 'list-json': {
      const items = listItems(rng);
      return [
        {
          path: `kubernetes/snapshots/${app.namespace}-${id}.json`,
          text: renderJsonList(items),
          kind: 'kubernetes',
          units: items.length,
        },
      ];
    }
    case 'list-yaml': {
      const items = listItems(rng);
      const list = { apiVersion: 'v1', kind: 'List', items, metadata: { resourceVersion: '' } };
      return [
        yamlFile(rng, `kubernetes/snapshots/${app.namespace}-${id}.yaml`, [{ object: list }], items.length),
      ];
    }
    case 'values':
      return [valuesFile(rng, `kubernetes/charts/${app.name}-${id}/values.yaml`)];
  }
}

/** Exactly `count` manifest files; each group of files is drawn from its own stream so the corpus is stable. */
export function kubernetesFiles(seed: string, count: number): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (let index = 0; files.length < count; index += 1) {
    const rng = createRng(`${seed}/kubernetes/${index}`);
    const layout = rng.weighted<Layout>([
      ['bundle', 33],
      ['split', 2],
      ['helm', 8],
      ['platform', 15],
      ['rbac', 13],
      ['single', 14],
      ['list-json', 1.5],
      ['list-yaml', 1],
      ['values', 3],
    ]);
    for (const file of filesFor(rng, layout, index)) if (files.length < count) files.push(file);
  }
  return files;
}
