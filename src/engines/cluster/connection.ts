import type { Agent, OutgoingHttpHeaders } from 'node:http';
import path from 'node:path';
import type * as KubernetesClient from '@kubernetes/client-node';
import type { KubeConfig } from '@kubernetes/client-node';

/** Where the cluster is and how to authenticate; what the transport needs and nothing more. */
export interface ClusterConnection {
  /** The context's name, or `in-cluster`. */
  context: string;
  server: string;
  agent: Agent;
  headers: OutgoingHttpHeaders;
}

export interface ConnectionRequest {
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
  /** `--context`: a context of the kubeconfig other than its current one. */
  context?: string;
  fileExists(file: string): boolean;
  /** Where the pod's service account files are; tests point it elsewhere. */
  serviceAccountDirectory?: string;
}

export type ConnectionResult = { ok: true; connection: ClusterConnection } | { ok: false; message: string };

// The files Kubernetes mounts into every pod that runs with a service account token.
const defaultServiceAccountDirectory = '/var/run/secrets/kubernetes.io/serviceaccount';

type ClientModule = typeof KubernetesClient;

/** kubectl's order: every file of `KUBECONFIG` (the first to name a current context wins), else ~/.kube/config. */
function kubeconfigFiles(request: ConnectionRequest): string[] {
  const listed = (request.env['KUBECONFIG'] ?? '')
    .split(path.delimiter)
    .filter((file) => file !== '' && request.fileExists(file));
  if (listed.length > 0) return listed;
  const home = path.join(request.homedir, '.kube', 'config');
  return request.fileExists(home) ? [home] : [];
}

function loadFiles(client: ClientModule, files: readonly string[]): KubeConfig {
  const config = new client.KubeConfig();
  for (const [index, file] of files.entries()) {
    if (index === 0) {
      config.loadFromFile(file);
      continue;
    }
    const next = new client.KubeConfig();
    next.loadFromFile(file);
    config.mergeConfig(next, Boolean(config.currentContext));
  }
  return config;
}

/** A pod's own service account, as client-node's loadFromCluster builds it, from the injected environment. */
function inClusterConfig(client: ClientModule, host: string, port: string, directory: string): KubeConfig {
  const config = new client.KubeConfig();
  const bracketed = host.includes(':') ? `[${host}]` : host;
  config.loadFromOptions({
    clusters: [
      {
        name: 'in-cluster',
        server: `https://${bracketed}:${port}`,
        caFile: `${directory}/ca.crt`,
      },
    ],
    users: [
      {
        name: 'in-cluster',
        authProvider: { name: 'tokenFile', config: { tokenFile: `${directory}/token` } },
      },
    ],
    contexts: [{ name: 'in-cluster', cluster: 'in-cluster', user: 'in-cluster' }],
    currentContext: 'in-cluster',
  });
  return config;
}

function loadConfig(client: ClientModule, request: ConnectionRequest): KubeConfig | string {
  const files = kubeconfigFiles(request);
  if (files.length > 0) return loadFiles(client, files);
  const host = request.env['KUBERNETES_SERVICE_HOST'];
  const port = request.env['KUBERNETES_SERVICE_PORT'];
  if (host !== undefined && port !== undefined && host !== '' && port !== '')
    return inClusterConfig(
      client,
      host,
      port,
      request.serviceAccountDirectory ?? defaultServiceAccountDirectory,
    );
  return 'no kubeconfig found (KUBECONFIG, ~/.kube/config) and not running in a pod: use --snapshot FILE or --context';
}

/**
 * Reads the kubeconfig (or the pod's service account) through @kubernetes/client-node, which resolves every way
 * of authenticating (tokens, client certificates, exec plugins); imported only here, as it is large.
 */
export async function connect(request: ConnectionRequest): Promise<ConnectionResult> {
  try {
    const client = await import('@kubernetes/client-node');
    const config = loadConfig(client, request);
    if (typeof config === 'string') return { ok: false, message: config };
    if (request.context !== undefined) {
      if (config.getContextObject(request.context) === null)
        return { ok: false, message: `no context ${request.context} in the kubeconfig` };
      config.setCurrentContext(request.context);
    }
    const cluster = config.getCurrentCluster();
    if (cluster === null)
      return { ok: false, message: 'the kubeconfig has no current context: use --context NAME' };
    const options: { agent?: Agent; headers?: OutgoingHttpHeaders; auth?: string | null } = {};
    await config.applyToHTTPSOptions(options);
    if (options.agent === undefined) return { ok: false, message: 'no connection settings for the cluster' };
    // Lower-case names, so the Basic credentials below can never sit beside a second `Authorization`.
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
    if (typeof options.auth === 'string')
      headers['authorization'] = `Basic ${Buffer.from(options.auth).toString('base64')}`;
    return {
      ok: true,
      connection: {
        context: config.getCurrentContext(),
        server: cluster.server,
        agent: options.agent,
        headers,
      },
    };
  } catch (error) {
    return { ok: false, message: `cannot read the kubeconfig: ${errorText(error)}` };
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
