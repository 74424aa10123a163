import { request } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { RemoteImageError, describeCause } from '../errors.js';
import { collectStream } from '../verify.js';
import type { EngineEndpoint } from './docker-host.js';

/** The Engine API version Bulwark speaks; Docker 20.10 serves 1.41 and later engines still accept it. */
export const engineApiVersion = '1.41';

export interface EngineTimeouts {
  /** Longest wait for an answer, and for the next chunk of a body once the reader asks for it. */
  idleMs: number;
}

export const defaultEngineTimeouts: EngineTimeouts = { idleMs: 60_000 };

const EngineError = z.object({ message: z.string() });
const smallBodyLimit = 64 * 1024;

function connectionReason(error: NodeJS.ErrnoException, endpoint: EngineEndpoint): string {
  switch (error.code) {
    case 'ENOENT':
      return 'the socket does not exist (is dockerd running? DOCKER_HOST selects another engine)';
    case 'ECONNREFUSED':
      return endpoint.kind === 'unix'
        ? 'nothing listens on the socket (is dockerd running?)'
        : 'connection refused (is dockerd listening there?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied on the socket (run as a user in the docker group, or as root)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name does not resolve';
    default:
      return error.code === undefined ? error.message : `${error.code}: ${error.message}`;
  }
}

/** An Engine API answer: its status, and its body as a stream that fails with a clear error instead of stalling. */
export interface EngineResponse {
  status: number;
  body: Readable;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/**
 * The body of `incoming`, read on demand: the idle timer runs only while the reader waits for the next chunk, so
 * a slow reader (backpressure) is never mistaken for a stalled engine. Errors name `label`.
 */
function guardedBody(incoming: IncomingMessage, label: string, idleMs: number): Readable {
  async function* chunks(): AsyncGenerator<Buffer> {
    const iterator = incoming[Symbol.asyncIterator]();
    try {
      for (;;) {
        const timer = setTimeout(() => {
          incoming.destroy(new RemoteImageError(`${label}: no data for ${seconds(idleMs)}`));
        }, idleMs);
        let next: IteratorResult<unknown>;
        try {
          next = await iterator.next();
        } finally {
          clearTimeout(timer);
        }
        if (next.done === true) return;
        yield next.value as Buffer;
      }
    } catch (error) {
      throw error instanceof RemoteImageError
        ? error
        : new RemoteImageError(`${label}: ${describeCause(error)}`);
    } finally {
      // Stopping early (the reader failed or gave up) must not leave the engine writing into a dead socket.
      if (!incoming.complete) incoming.destroy();
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** Talks to one Docker Engine over its unix socket or plain TCP; every failure names the endpoint. */
export class EngineClient {
  private readonly timeouts: EngineTimeouts;

  constructor(
    readonly endpoint: EngineEndpoint,
    timeouts: Partial<EngineTimeouts> = {},
  ) {
    this.timeouts = { ...defaultEngineTimeouts, ...timeouts };
  }

  private unreachable(reason: string): RemoteImageError {
    return new RemoteImageError(`cannot reach the Docker Engine at ${this.endpoint.display}: ${reason}`);
  }

  /** Sends a GET and resolves with the answer whatever its status; only connection failures reject. */
  send(path: string, label: string): Promise<EngineResponse> {
    const target =
      this.endpoint.kind === 'unix'
        ? { socketPath: this.endpoint.socketPath }
        : { host: this.endpoint.host, port: this.endpoint.port };
    const idleMs = this.timeouts.idleMs;
    return new Promise((resolve, reject) => {
      const outgoing = request(
        { ...target, path, method: 'GET', headers: { host: 'docker' } },
        (incoming) => {
          // From here the body guard times out stalls; the socket timer would also fire while the reader pauses.
          outgoing.setTimeout(0);
          resolve({ status: incoming.statusCode ?? 0, body: guardedBody(incoming, label, idleMs) });
        },
      );
      outgoing.setTimeout(idleMs, () => {
        outgoing.destroy(this.unreachable(`no answer within ${seconds(idleMs)}`));
      });
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        reject(
          error instanceof RemoteImageError
            ? error
            : this.unreachable(connectionReason(error, this.endpoint)),
        );
      });
      outgoing.end();
    });
  }

  /** A versioned GET (`/v1.41/…`). */
  get(path: string, label: string): Promise<EngineResponse> {
    return this.send(`/v${engineApiVersion}${path}`, label);
  }

  /** Reads a small body whole (JSON answers, error texts). */
  async text(response: EngineResponse, label: string, limit = smallBodyLimit): Promise<string> {
    return (await collectStream(response.body, limit, label)).toString('utf8');
  }

  /** The Engine's error text (`{"message": …}`), or the raw body, for messages. */
  async errorMessage(response: EngineResponse, label: string): Promise<string> {
    const text = await this.text(response, label).catch(() => '');
    try {
      const parsed = EngineError.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data.message;
    } catch {
      // Not JSON: the raw text is the best there is.
    }
    return text.trim().slice(0, 200);
  }

  /** `GET /_ping`: proves the endpoint is a Docker Engine before anything else is asked. */
  async ping(): Promise<void> {
    const label = `/_ping of ${this.endpoint.display}`;
    const response = await this.send('/_ping', label);
    const body = (await this.text(response, label)).trim();
    if (response.status !== 200) {
      throw this.unreachable(`/_ping answered HTTP ${response.status} (${body.slice(0, 200)})`);
    }
  }
}
