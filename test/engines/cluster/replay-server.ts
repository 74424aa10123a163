import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listedKinds } from '../../../src/engines/cluster/kinds.js';
import { fromRoot } from '../../support/paths.js';

/**
 * A stand-in API server on 127.0.0.1 that replays hand-written responses from test/fixtures/cluster/api: the file
 * of a list path is the path with `/` turned into `_` (`/apis/apps/v1/deployments` → `apis_apps_v1_deployments.json`),
 * `@TOKEN` added for the page a `continue` token asks for. A `Status` file is answered with its `code`. A namespaced
 * path (`/namespaces/NS/`) gets the items of that namespace. Paths with no file answer an empty list.
 */
export interface ReplayServer {
  url: string;
  /** Every request, as path and query, in arrival order. */
  requests: string[];
  /** The Authorization header of every request. */
  authorizations: (string | undefined)[];
  close(): Promise<void>;
}

export interface ReplayOptions {
  /** List paths (without query) that never answer: the client's timeout must end them. */
  hang?: readonly string[];
}

export const apiFixtures = fromRoot('test', 'fixtures', 'cluster', 'api');

const namespaced = /^(?<prefix>\/apis?\/.+?)\/namespaces\/(?<namespace>[^/]+)(?<rest>\/[^/]+)$/;

function fileFor(listPath: string, token: string | null): string {
  const base = listPath.slice(1).split('/').join('_');
  return path.join(apiFixtures, `${base}${token === null ? '' : `@${token}`}.json`);
}

function emptyList(listPath: string): Record<string, unknown> {
  const listed = listedKinds.find((entry) => listPath.endsWith(`/${entry.plural}`));
  return {
    kind: `${listed?.kind ?? ''}List`,
    apiVersion: listed?.apiVersion ?? 'v1',
    metadata: { resourceVersion: '4711' },
    items: [],
  };
}

function goneStatus(): Record<string, unknown> {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: 'The provided continue parameter is too old to display a consistent list result.',
    reason: 'Expired',
    code: 410,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body and HTTP status the API server would give for one list request. */
export function replayAnswer(requestPath: string): { status: number; body: Record<string, unknown> } {
  const url = new URL(requestPath, 'http://replay');
  const scoped = namespaced.exec(url.pathname)?.groups;
  const listPath = scoped === undefined ? url.pathname : `${scoped['prefix']}${scoped['rest']}`;
  const token = url.searchParams.get('continue');
  const file = fileFor(listPath, token);
  if (!existsSync(file))
    return token === null ? { status: 200, body: emptyList(listPath) } : { status: 410, body: goneStatus() };
  const body: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isRecord(body)) throw new Error(`${file}: not an object`);
  if (body['kind'] === 'Status') return { status: Number(body['code']), body };
  const items = Array.isArray(body['items']) ? body['items'] : [];
  const namespace = scoped?.['namespace'];
  const kept =
    namespace === undefined
      ? items
      : items.filter(
          (item) =>
            isRecord(item) && isRecord(item['metadata']) && item['metadata']['namespace'] === namespace,
        );
  return { status: 200, body: { ...body, items: kept } };
}

export async function startReplayServer(options: ReplayOptions = {}): Promise<ReplayServer> {
  const requests: string[] = [];
  const authorizations: (string | undefined)[] = [];
  const server = http.createServer((request, response) => {
    const requestPath = request.url ?? '/';
    requests.push(requestPath);
    authorizations.push(request.headers.authorization);
    if (options.hang?.includes(new URL(requestPath, 'http://replay').pathname)) return;
    const answer = replayAnswer(requestPath);
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    authorizations,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A kubeconfig whose contexts point at these servers; the first is the current one. */
export function writeKubeconfig(contexts: readonly { name: string; server: string }[]): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'bulwark-kubeconfig-'));
  const file = path.join(directory, 'config');
  const lines = [
    'apiVersion: v1',
    'kind: Config',
    `current-context: ${contexts[0]?.name ?? ''}`,
    'clusters:',
  ];
  for (const context of contexts)
    lines.push(
      `- name: ${context.name}`,
      '  cluster:',
      `    server: ${context.server}`,
      '    insecure-skip-tls-verify: true',
    );
  lines.push('users:', '- name: auditor', '  user:', '    token: replay-token', 'contexts:');
  for (const context of contexts)
    lines.push(`- name: ${context.name}`, '  context:', `    cluster: ${context.name}`, '    user: auditor');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** What `kubectl get … -o json` would give for the replayed objects: one List, items with kind and version. */
export function replaySnapshot(): Record<string, unknown> {
  const items: unknown[] = [];
  for (const listed of listedKinds) {
    const listPath = `${listed.apiVersion.includes('/') ? '/apis' : '/api'}/${listed.apiVersion}/${listed.plural}`;
    let token: string | null = null;
    for (;;) {
      const answer = replayAnswer(`${listPath}${token === null ? '' : `?continue=${token}`}`);
      if (answer.status !== 200) break;
      const page = answer.body;
      for (const item of Array.isArray(page['items']) ? page['items'] : [])
        if (isRecord(item)) items.push({ apiVersion: listed.apiVersion, kind: listed.kind, ...item });
      const metadata = page['metadata'];
      const next =
        isRecord(metadata) && typeof metadata['continue'] === 'string' ? metadata['continue'] : null;
      if (next === null) break;
      token = next;
    }
  }
  return { apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items };
}
