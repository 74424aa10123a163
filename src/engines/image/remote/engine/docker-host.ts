import { RemoteImageError } from '../errors.js';

/** Where the Docker Engine API listens, from `DOCKER_HOST`. */
export type EngineEndpoint =
  | { kind: 'unix'; socketPath: string; display: string }
  | { kind: 'tcp'; host: string; port: number; display: string };

export const defaultDockerHost = 'unix:///var/run/docker.sock';

const unsupportedSchemes: Readonly<Record<string, string>> = {
  'npipe:': 'Windows named pipes are not supported',
  'ssh:': 'the ssh transport is not supported; forward the socket (ssh -L) and point DOCKER_HOST at it',
  'fd:': 'socket activation file descriptors are not supported',
  'https:': 'TLS to the Docker Engine is not supported',
};

/**
 * Parses `DOCKER_HOST`: `unix:///path/docker.sock` or `tcp://host:port` (plain HTTP; 2375 when no port is given).
 * An empty or unset value means the default socket. TLS (`DOCKER_TLS_VERIFY`) is refused rather than ignored.
 */
export function parseDockerHost(env: Readonly<Record<string, string | undefined>>): EngineEndpoint {
  const value = env.DOCKER_HOST === undefined || env.DOCKER_HOST === '' ? defaultDockerHost : env.DOCKER_HOST;
  const invalid = (reason: string) => new RemoteImageError(`DOCKER_HOST "${value}": ${reason}`);
  if (value.startsWith('unix://')) {
    const socketPath = value.slice('unix://'.length);
    if (!socketPath.startsWith('/'))
      throw invalid('a unix socket needs an absolute path (unix:///path/docker.sock)');
    return { kind: 'unix', socketPath, display: value };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid('expected unix:///path/docker.sock or tcp://host:port');
  }
  const unsupported = unsupportedSchemes[url.protocol];
  if (unsupported !== undefined) throw invalid(unsupported);
  if (url.protocol !== 'tcp:' && url.protocol !== 'http:') {
    throw invalid('expected unix:///path/docker.sock or tcp://host:port');
  }
  const tls = env.DOCKER_TLS_VERIFY;
  if (tls !== undefined && tls !== '' && tls !== '0') {
    throw invalid('DOCKER_TLS_VERIFY is set, and TLS to the Docker Engine is not supported');
  }
  if (url.hostname === '') throw invalid('no host');
  const port = url.port === '' ? 2375 : Number(url.port);
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return { kind: 'tcp', host, port, display: value };
}
