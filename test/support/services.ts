// Real services for tests: a Distribution registry (anonymous, htpasswd or bearer tokens from a token server of
// our own) and a Docker Engine on a private unix socket. Each listens only on 127.0.0.1 or a socket, and the test
// that starts one stops it (by PID) in an `after` hook.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createReadStream, openSync, closeSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { randomUUID, sign } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stringify } from 'yaml';
import { debianImage, run } from './real-images.js';

export interface Credentials {
  user: string;
  password: string;
}

export const registryTools = ['docker-registry', 'htpasswd', 'skopeo'] as const;
export const tokenRegistryTools = [...registryTools, 'openssl'] as const;
export const dockerdTools = ['dockerd'] as const;

const startTimeoutMs = 60_000;
const stopTimeoutMs = 30_000;

/** Processes this test process started and has not stopped yet: a last-resort kill if the process exits early. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** SIGTERM by PID, then SIGKILL if it has not exited in time; resolves once it is gone. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
    await exited(child);
    clearTimeout(timer);
  }
  running.delete(child);
}

function startLogged(command: string, args: readonly string[], logFile: string): ChildProcess {
  const log = openSync(logFile, 'a');
  try {
    const child = spawn(command, args, { stdio: ['ignore', log, log] });
    running.add(child);
    return child;
  } finally {
    closeSync(log);
  }
}

async function logTail(logFile: string): Promise<string> {
  try {
    return (await readFile(logFile, 'utf8')).trim().split('\n').slice(-15).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Polls `ready` until it is true; fails early, with the log, when the process exits first. */
async function waitUntilReady(
  child: ChildProcess,
  what: string,
  logFile: string,
  ready: () => Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${what} exited before it was ready:\n${await logTail(logFile)}`);
    }
    if (await ready()) return;
    await sleep(100);
  }
  await stopProcess(child);
  throw new Error(`${what} was not ready within ${startTimeoutMs / 1000} s:\n${await logTail(logFile)}`);
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function httpStatus(options: {
  socketPath?: string;
  host?: string;
  port?: number;
  path: string;
}): Promise<number> {
  return new Promise((resolve) => {
    const outgoing = request({ ...options, method: 'GET', timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    outgoing.on('timeout', () => outgoing.destroy());
    outgoing.on('error', () => resolve(0));
    outgoing.end();
  });
}

// --- token server -----------------------------------------------------------------------------------------------

interface TokenServer {
  realm: string;
  issuer: string;
  service: string;
  certificate: string;
  requests(): number;
  close(): Promise<void>;
}

function base64Url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** Who asked: undefined for anonymous, false for wrong credentials, the user name when they are right. */
function basicUser(incoming: IncomingMessage, expected: Credentials | undefined): string | false | undefined {
  const header = incoming.headers.authorization;
  if (header === undefined || !header.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const user = decoded.slice(0, colon);
  if (expected === undefined || colon < 0) return false;
  return user === expected.user && decoded.slice(colon + 1) === expected.password ? user : false;
}

/**
 * A token server the registry trusts (`auth.token`): ES256 JWTs carrying the certificate in `x5c`. With
 * `credentials`, anonymous callers get no access and wrong credentials get 401; without, everyone gets what they ask.
 */
async function startTokenServer(
  directory: string,
  credentials: Credentials | undefined,
): Promise<TokenServer> {
  const key = path.join(directory, 'token.key');
  const certificate = path.join(directory, 'token.crt');
  const subject = '/CN=bulwark-test-token-issuer';
  const selfSigned = 'req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2'.split(' ');
  await run('openssl', [...selfSigned, '-subj', subject, '-keyout', key, '-out', certificate]);
  const privateKey = await readFile(key, 'utf8');
  const pem = await readFile(certificate, 'utf8');
  const der = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  const issuer = 'bulwark-test-issuer';
  const service = 'bulwark-test-registry';
  let count = 0;

  const server: Server = createServer((incoming, response) => {
    count += 1;
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const user = basicUser(incoming, credentials);
    if (user === false) {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'wrong user name or password' }] }),
      );
      return;
    }
    const anonymousDenied = credentials !== undefined && user === undefined;
    const access = anonymousDenied
      ? []
      : url.searchParams.getAll('scope').flatMap((scope) => {
          const [type, ...rest] = scope.split(':');
          const actions = rest.pop() ?? '';
          return [
            { type, name: rest.join(':'), actions: actions.split(',').filter((action) => action !== '') },
          ];
        });
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'ES256', x5c: [der] };
    const claims = {
      iss: issuer,
      sub: user ?? '',
      aud: service,
      exp: now + 300,
      nbf: now - 30,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const signingInput = `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(claims))}`;
    const signature = sign('sha256', Buffer.from(signingInput), {
      key: privateKey,
      dsaEncoding: 'ieee-p1363',
    });
    const token = `${signingInput}.${base64Url(signature)}`;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ token, access_token: token, expires_in: 300 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    issuer,
    service,
    certificate,
    requests: () => count,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// --- registry ---------------------------------------------------------------------------------------------------

export interface RegistryOptions {
  /** Require these credentials: htpasswd on the registry, or at the token server with `tokenAuth`. */
  htpasswd?: Credentials;
  /** Bearer tokens from a token server on 127.0.0.1 instead of (or on top of) plain htpasswd. */
  tokenAuth?: boolean;
}

export interface RunningRegistry {
  /** `127.0.0.1:PORT`. */
  host: string;
  /** The token realm, with `tokenAuth`. */
  realm?: string;
  /** How many token requests the token server answered (0 without `tokenAuth`). */
  tokenRequests(): number;
  stop(): Promise<void>;
}

/** Starts Debian's `docker-registry` (Distribution 2.8) on 127.0.0.1 with storage in a temporary folder. */
export async function startRegistry(options: RegistryOptions = {}): Promise<RunningRegistry> {
  const directory = await mkdtemp(path.join(tmpdir(), 'bulwark-registry-'));
  const tokens = options.tokenAuth === true ? await startTokenServer(directory, options.htpasswd) : undefined;
  let auth: Record<string, unknown> | undefined;
  if (tokens !== undefined) {
    auth = {
      token: {
        realm: tokens.realm,
        service: tokens.service,
        issuer: tokens.issuer,
        rootcertbundle: tokens.certificate,
      },
    };
  } else if (options.htpasswd !== undefined) {
    const file = path.join(directory, 'htpasswd');
    const line = await run('htpasswd', ['-Bbn', options.htpasswd.user, options.htpasswd.password]);
    await writeFile(file, line);
    auth = { htpasswd: { realm: 'bulwark-test', path: file } };
  }
  const logFile = path.join(directory, 'registry.log');
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const config = {
      version: 0.1,
      log: { level: 'warn', accesslog: { disabled: true } },
      storage: { filesystem: { rootdirectory: path.join(directory, 'data') }, delete: { enabled: true } },
      http: { addr: `127.0.0.1:${port}` },
      ...(auth === undefined ? {} : { auth }),
    };
    const configFile = path.join(directory, 'config.yml');
    await writeFile(configFile, stringify(config));
    const child = startLogged('docker-registry', ['serve', configFile], logFile);
    try {
      await waitUntilReady(child, 'docker-registry', logFile, async () => {
        const status = await httpStatus({ host: '127.0.0.1', port, path: '/v2/' });
        return status === 200 || status === 401;
      });
    } catch (error) {
      // Another process may have taken the port between probing and binding; a fresh port usually settles it.
      if (attempt < 3) continue;
      await tokens?.close();
      await rm(directory, { recursive: true, force: true });
      throw error;
    }
    return {
      host: `127.0.0.1:${port}`,
      ...(tokens === undefined ? {} : { realm: tokens.realm }),
      tokenRequests: () => tokens?.requests() ?? 0,
      async stop() {
        await stopProcess(child);
        await tokens?.close();
        await rm(directory, { recursive: true, force: true });
      },
    };
  }
}

/**
 * Copies an image from an OCI layout (`LAYOUT:TAG`) into a registry as `REPO:TAG`, with every platform of an index
 * (`skopeo copy --all`). The registry is spoken to over plain HTTP.
 */
export async function pushImage(
  ociLayoutTag: string,
  registryHost: string,
  repoTag: string,
  credentials?: Credentials,
): Promise<void> {
  const auth =
    credentials === undefined
      ? ['--dest-no-creds']
      : ['--dest-creds', `${credentials.user}:${credentials.password}`];
  await run('skopeo', [
    '--insecure-policy',
    'copy',
    '--quiet',
    '--all',
    '--dest-tls-verify=false',
    ...auth,
    `oci:${ociLayoutTag}`,
    `docker://${registryHost}/${repoTag}`,
  ]);
}

// --- Docker Engine ----------------------------------------------------------------------------------------------

export interface DockerdOptions {
  /** Load the Debian test image (`debianImage().dockerArchive`) as `local/debian:12` (default true). */
  loadDebian?: boolean;
}

export interface RunningDockerd {
  /** `unix://…/docker.sock`, for DOCKER_HOST. */
  host: string;
  socketPath: string;
  stop(): Promise<void>;
}

// Unix socket paths hold at most 107 bytes; the data root lives beside the socket, so the folder must be short.
const maxSocketPath = 100;

/**
 * Starts a private dockerd (no iptables, no bridge) with its data, exec root, pid file and socket in a short
 * temporary folder, waits until `/_ping` answers, and loads the Debian test image unless asked not to.
 */
export async function startDockerd(options: DockerdOptions = {}): Promise<RunningDockerd> {
  const directory = await mkdtemp(path.join(tmpdir(), 'bwd-'));
  const socketPath = path.join(directory, 'docker.sock');
  if (Buffer.byteLength(socketPath) > maxSocketPath) {
    await rm(directory, { recursive: true, force: true });
    throw new Error(
      `the temporary folder is too long for a unix socket path (${socketPath}); set TMPDIR shorter`,
    );
  }
  const logFile = path.join(directory, 'dockerd.log');
  const isolated = ['--iptables=false', '--bridge=none', '--ip-forward=false', '--ip-masq=false'];
  const places = ['--data-root', 'data', '--exec-root', 'exec', '--pidfile', 'pid'].map((part, index) =>
    index % 2 === 0 ? part : path.join(directory, part),
  );
  const child = startLogged('dockerd', [...isolated, ...places, '-H', `unix://${socketPath}`], logFile);
  const stop = async () => {
    await stopProcess(child);
    await rm(directory, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    await waitUntilReady(
      child,
      'dockerd',
      logFile,
      async () => (await httpStatus({ socketPath, path: '/_ping' })) === 200,
    );
    if (options.loadDebian !== false) await loadImage(socketPath, (await debianImage()).dockerArchive);
  } catch (error) {
    await stop();
    throw error;
  }
  return { host: `unix://${socketPath}`, socketPath, stop };
}

async function engineRequest(
  socketPath: string,
  method: 'POST',
  apiPath: string,
  body: NodeJS.ReadableStream,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { socketPath, method, path: apiPath, headers: { 'content-type': 'application/x-tar' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    body.pipe(outgoing);
  });
}

/** `docker load` through the Engine API: the archive's own tags (`local/debian:12`) name the image. */
export async function loadImage(socketPath: string, dockerArchive: string): Promise<void> {
  const result = await engineRequest(
    socketPath,
    'POST',
    '/v1.41/images/load?quiet=1',
    createReadStream(dockerArchive),
  );
  if (result.status !== 200 || result.text.includes('"error"')) {
    throw new Error(
      `loading ${dockerArchive} into dockerd failed (HTTP ${result.status}): ${result.text.slice(0, 500)}`,
    );
  }
}

/** `docker import` through the Engine API: a root file system tar becomes a one-layer image `repository:tag`. */
export async function importRootfs(
  socketPath: string,
  rootfsTar: string,
  repository: string,
  tag: string,
): Promise<void> {
  const query = new URLSearchParams({ fromSrc: '-', repo: repository, tag });
  const result = await engineRequest(
    socketPath,
    'POST',
    `/v1.41/images/create?${query}`,
    createReadStream(rootfsTar),
  );
  if (result.status !== 200 || result.text.includes('"error"')) {
    throw new Error(
      `importing ${rootfsTar} into dockerd failed (HTTP ${result.status}): ${result.text.slice(0, 500)}`,
    );
  }
}
