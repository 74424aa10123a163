// A small Distribution API v2 server over an OCI layout, for what a real registry will not do on request: serve a
// tampered blob, stall, lie about a digest, answer with schema 1 or demand a bearer token from a realm it serves.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';

export interface FakeRegistryOptions {
  /** Blobs whose gzip header gets one byte changed: still valid gzip with the same content, but another digest. */
  tamperBlobs?: readonly string[];
  /** Send headers for blobs, then nothing. */
  stallBlobs?: boolean;
  /** Announce this Docker-Content-Digest for every manifest. */
  announcedDigest?: string;
  /** Answer every manifest request with a Docker schema 1 manifest. */
  schema1?: boolean;
  /** Require `Authorization: Bearer <token>`, issued by `/token` of this server to callers with these credentials. */
  bearer?: { token: string; user: string; password: string; refreshToken?: string };
}

export interface FakeRegistry {
  host: string;
  /** Paths requested, in order. */
  requests: string[];
  stop(): Promise<void>;
}

interface LayoutEntry {
  mediaType?: string;
  digest: string;
  annotations?: Record<string, string>;
}

function blobPath(layout: string, digest: string): string | undefined {
  const match = /^sha256:(?<hex>[a-f0-9]{64})$/.exec(digest);
  if (match?.groups?.hex === undefined) return undefined;
  return path.join(layout, 'blobs', 'sha256', match.groups.hex);
}

function notFound(response: ServerResponse, code: string, message: string): void {
  response.writeHead(404, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ errors: [{ code, message }] }));
}

function authorised(
  incoming: IncomingMessage,
  response: ServerResponse,
  host: string,
  options: FakeRegistryOptions,
): boolean {
  const bearer = options.bearer;
  if (bearer === undefined || incoming.headers.authorization === `Bearer ${bearer.token}`) return true;
  response.writeHead(401, {
    'content-type': 'application/json',
    'www-authenticate': `Bearer realm="http://${host}/token",service="fake",scope="repository:any:pull"`,
  });
  response.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }));
  return false;
}

async function formOf(incoming: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** GET with Basic credentials, or POST of an OAuth2 refresh token (what an `identitytoken` in config.json is). */
async function serveToken(
  incoming: IncomingMessage,
  response: ServerResponse,
  options: FakeRegistryOptions,
): Promise<void> {
  const bearer = options.bearer;
  const basic =
    bearer === undefined
      ? ''
      : `Basic ${Buffer.from(`${bearer.user}:${bearer.password}`).toString('base64')}`;
  let accepted = bearer !== undefined && incoming.headers.authorization === basic;
  if (incoming.method === 'POST') {
    const form = await formOf(incoming);
    accepted =
      bearer?.refreshToken !== undefined &&
      form.get('grant_type') === 'refresh_token' &&
      form.get('refresh_token') === bearer.refreshToken;
  }
  if (bearer === undefined || !accepted) {
    response.writeHead(401, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] }));
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ access_token: bearer.token }));
}

function serveManifest(
  layout: string,
  reference: string,
  response: ServerResponse,
  options: FakeRegistryOptions,
): void {
  if (options.schema1 === true) {
    response.writeHead(200, { 'content-type': 'application/vnd.docker.distribution.manifest.v1+prettyjws' });
    response.end(JSON.stringify({ schemaVersion: 1, name: 'x', tag: reference, fsLayers: [] }));
    return;
  }
  const index = JSON.parse(readFileSync(path.join(layout, 'index.json'), 'utf8')) as {
    manifests: LayoutEntry[];
  };
  const entry = reference.startsWith('sha256:')
    ? { digest: reference }
    : index.manifests.find(
        (candidate) => candidate.annotations?.['org.opencontainers.image.ref.name'] === reference,
      );
  const file = entry === undefined ? undefined : blobPath(layout, entry.digest);
  if (entry === undefined || file === undefined) {
    notFound(response, 'MANIFEST_UNKNOWN', 'manifest unknown');
    return;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    notFound(response, 'MANIFEST_UNKNOWN', 'manifest unknown');
    return;
  }
  const mediaType =
    (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType ?? 'application/json';
  response.writeHead(200, {
    'content-type': mediaType,
    'content-length': bytes.length,
    'docker-content-digest': options.announcedDigest ?? entry.digest,
  });
  response.end(bytes);
}

function serveBlob(
  layout: string,
  digest: string,
  response: ServerResponse,
  options: FakeRegistryOptions,
): void {
  const file = blobPath(layout, digest);
  let size: number;
  try {
    size = file === undefined ? -1 : statSync(file).size;
  } catch {
    size = -1;
  }
  if (file === undefined || size < 0) {
    notFound(response, 'BLOB_UNKNOWN', 'blob unknown to registry');
    return;
  }
  response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size });
  if (options.stallBlobs === true) {
    response.flushHeaders();
    return;
  }
  if (options.tamperBlobs?.includes(digest) === true) {
    const bytes = readFileSync(file);
    // Byte 4 starts the gzip MTIME field: the stream still inflates to the same tar, yet the digest changes.
    bytes[4] = (bytes[4] ?? 0) ^ 0xff;
    response.end(bytes);
    return;
  }
  createReadStream(file).pipe(response);
}

/** Serves `layout` as every repository on 127.0.0.1 (any repository name maps to the same layout). */
export async function startFakeRegistry(
  layout: string,
  options: FakeRegistryOptions = {},
): Promise<FakeRegistry> {
  const requests: string[] = [];
  let host = '';
  const sockets = new Set<Socket>();
  const server = createServer((incoming, response) => {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    if (url.pathname === '/token') {
      void serveToken(incoming, response, options);
      return;
    }
    if (!authorised(incoming, response, host, options)) return;
    if (url.pathname === '/v2/') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
      return;
    }
    const match = /^\/v2\/(?<repository>.+)\/(?<kind>manifests|blobs)\/(?<reference>[^/]+)$/.exec(
      url.pathname,
    );
    if (match?.groups?.repository === 'missing/repo') {
      notFound(response, 'NAME_UNKNOWN', 'repository name not known to registry');
    } else if (match?.groups?.kind === 'manifests') {
      serveManifest(layout, match.groups.reference ?? '', response, options);
    } else if (match?.groups?.kind === 'blobs') {
      serveBlob(layout, match.groups.reference ?? '', response, options);
    } else {
      notFound(response, 'NOT_FOUND', 'not found');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    requests,
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
