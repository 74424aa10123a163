import { Document, isMap } from 'yaml';
import type { Obj, Posture } from './app.js';
import type { CorpusFile } from './corpus-file.js';
import type { Rng } from './prng.js';
import { createRng } from './prng.js';
import {
  dangerousCapabilities,
  envNames,
  nameHeads,
  publicImages,
  registries,
  secretEnvNames,
} from './vocabulary.js';

// docker-compose files as projects keep them: an app built from source next to its database and cache, with
// extension fields and merge keys now and then, and the usual shortcuts (socket mounts, host networking) sometimes.

interface Service {
  name: string;
  body: Obj;
}

function plainValue(rng: Rng, name: string, port: number): string {
  if (name === 'PORT') return String(port);
  if (name.endsWith('_HOST')) return rng.pick(['db', 'redis', 'postgres', 'cache']);
  if (name.endsWith('_PORT')) return rng.pick(['5432', '6379', '3306']);
  if (name.endsWith('_ENV') || name === 'SENTRY_ENVIRONMENT') return rng.pick(['development', 'production']);
  if (name === 'LOG_LEVEL') return rng.pick(['info', 'debug']);
  if (name.endsWith('_URL') || name.endsWith('_ENDPOINT'))
    return rng.pick(['amqp://rabbitmq:5672', 'http://otel:4317']);
  return rng.pick(['true', '30s', '4', 'app', 'UTC']);
}

function environment(rng: Rng, posture: Posture, port: number): Obj | string[] {
  const entries: [string, string][] = rng
    .sample(envNames, rng.int(1, 6))
    .map((name) => [name, plainValue(rng, name, port)]);
  for (const name of rng.sample(secretEnvNames, rng.int(0, 2)))
    entries.push([
      name,
      posture === 'insecure' || rng.chance(0.2) ? rng.alnum(rng.int(12, 32)) : `\${${name}}`,
    ]);
  if (rng.chance(0.5)) return entries.map(([name, value]) => `${name}=${value}`);
  const map: Obj = {};
  for (const [name, value] of entries) map[name] = value;
  return map;
}

function hardening(rng: Rng, posture: Posture, body: Obj): void {
  if (posture === 'hardened') {
    body['user'] = rng.pick(['1000:1000', '10001', 'app']);
    body['read_only'] = true;
    body['cap_drop'] = ['ALL'];
    body['security_opt'] = ['no-new-privileges:true'];
    return;
  }
  if (posture !== 'insecure') return;
  for (const setting of rng.sample(
    ['privileged', 'caps', 'host-net', 'pid', 'socket', 'seccomp', 'root'],
    rng.int(1, 3),
  )) {
    if (setting === 'privileged') body['privileged'] = true;
    if (setting === 'caps') body['cap_add'] = rng.sample(dangerousCapabilities, rng.int(1, 2));
    if (setting === 'host-net') body['network_mode'] = 'host';
    if (setting === 'pid') body['pid'] = 'host';
    if (setting === 'seccomp') body['security_opt'] = ['seccomp:unconfined', 'apparmor:unconfined'];
    if (setting === 'root') body['user'] = 'root';
    if (setting === 'socket') {
      const volumes = Array.isArray(body['volumes']) ? body['volumes'] : [];
      body['volumes'] = [...volumes, '/var/run/docker.sock:/var/run/docker.sock'];
    }
  }
}

function appService(rng: Rng, posture: Posture, name: string, dependencies: readonly string[]): Service {
  const port = rng.pick([3000, 5000, 8000, 8080]);
  const body: Obj = {};
  if (rng.chance(0.6))
    body['build'] = rng.chance(0.5)
      ? '.'
      : { context: `./${name}`, dockerfile: 'Dockerfile', args: { APP_ENV: 'production' } };
  else body['image'] = `${rng.pick(registries) || 'example'}/${name}:${rng.int(1, 4)}.${rng.int(0, 20)}`;
  if (rng.chance(0.3)) body['container_name'] = name;
  body['ports'] = rng.chance(0.2)
    ? [{ target: port, published: port, protocol: 'tcp', mode: 'host' }]
    : [rng.chance(0.5) ? `${port}:${port}` : `127.0.0.1:${port}:${port}`];
  body['environment'] = environment(rng, posture, port);
  if (rng.chance(0.3)) body['env_file'] = ['.env'];
  if (rng.chance(0.5))
    body['volumes'] = [
      `./${name}:/app`,
      rng.chance(0.5) ? { type: 'volume', source: `${name}-data`, target: '/data' } : `${name}-cache:/cache`,
    ];
  if (dependencies.length > 0) body['depends_on'] = [...dependencies];
  body['restart'] = rng.pick(['unless-stopped', 'always', 'on-failure']);
  if (rng.chance(0.4))
    body['healthcheck'] = {
      test: ['CMD', 'curl', '-f', `http://localhost:${port}/healthz`],
      interval: '30s',
      timeout: '5s',
      retries: 3,
    };
  if (rng.chance(0.3))
    body['deploy'] = {
      resources: { limits: { cpus: rng.pick(['0.5', '1', '2']), memory: rng.pick(['256M', '512M', '1G']) } },
    };
  else if (rng.chance(0.2)) body['mem_limit'] = rng.pick(['256m', '1g']);
  hardening(rng, posture, body);
  return { name, body };
}

function backingService(rng: Rng, posture: Posture): Service {
  const [repository, tags] = rng.pick(publicImages.slice(0, 7));
  const name = repository.split('/').pop() ?? repository;
  const body: Obj = { image: `${repository}:${rng.pick(tags)}` };
  if (name === 'postgres')
    body['environment'] = {
      POSTGRES_USER: 'app',
      POSTGRES_PASSWORD: posture === 'hardened' ? '${POSTGRES_PASSWORD}' : rng.alnum(12),
      POSTGRES_DB: 'app',
    };
  if (name === 'mysql')
    body['environment'] = [
      `MYSQL_ROOT_PASSWORD=${posture === 'hardened' ? '${MYSQL_ROOT_PASSWORD}' : rng.alnum(10)}`,
    ];
  body['volumes'] = [`${name}-data:/var/lib/${name}`];
  if (posture !== 'hardened' && rng.chance(0.5))
    body['ports'] = [rng.chance(0.5) ? '5432:5432' : '6379:6379'];
  if (rng.chance(0.4)) body['restart'] = 'unless-stopped';
  return { name, body };
}

function composeDocument(rng: Rng): { text: string; services: number } {
  const posture = rng.weighted<Posture>([
    ['hardened', 25],
    ['typical', 55],
    ['insecure', 20],
  ]);
  const backing = Array.from({ length: rng.int(0, 3) }, () => backingService(rng, posture));
  const names = [...new Set(backing.map((service) => service.name))];
  const apps = rng
    .sample(nameHeads, rng.int(1, 5))
    .map((name) => appService(rng, posture, name, rng.sample(names, rng.int(0, names.length))));
  const services: Obj = {};
  for (const service of [...apps, ...backing]) services[service.name] = service.body;
  const root: Obj = {};
  if (rng.chance(0.5)) root['version'] = rng.pick(['3.8', '3.9', '3', '2.4']);
  const merge = rng.chance(0.2);
  if (merge)
    root['x-defaults'] = {
      restart: 'unless-stopped',
      logging: { driver: 'json-file', options: { 'max-size': '10m', 'max-file': '3' } },
    };
  root['services'] = services;
  const volumes: Obj = {};
  for (const name of names) volumes[`${name}-data`] = {};
  if (Object.keys(volumes).length > 0) root['volumes'] = volumes;
  if (rng.chance(0.3)) root['networks'] = { default: { name: `${rng.pick(nameHeads)}-net` } };
  const document = new Document(root);
  if (merge) {
    const defaults = document.get('x-defaults', true);
    for (const service of apps) {
      const node = document.getIn(['services', service.name], true);
      if (isMap(node) && isMap(defaults))
        node.items.unshift(document.createPair('<<', document.createAlias(defaults, 'defaults')));
    }
  }
  if (rng.chance(0.3)) document.commentBefore = ' Local development stack. Production runs on Kubernetes.';
  return {
    text: document.toString({ lineWidth: 0, indentSeq: rng.chance(0.7) }),
    services: apps.length + backing.length,
  };
}

export function composeFiles(seed: string, count: number): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (let index = 0; index < count; index += 1) {
    const rng = createRng(`${seed}/compose/${index}`);
    const { text, services } = composeDocument(rng);
    const name = rng.weighted<string>([
      ['docker-compose.yml', 50],
      ['compose.yaml', 25],
      ['docker-compose.prod.yaml', 10],
      ['docker-compose.override.yml', 15],
    ]);
    files.push({
      path: `compose/${rng.pick(nameHeads)}-${index.toString(36).padStart(2, '0')}/${name}`,
      text,
      kind: 'compose',
      units: services,
    });
  }
  return files;
}
