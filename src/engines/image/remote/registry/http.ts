import { Readable } from 'node:stream';
import type { ReadableStreamReadResult } from 'node:stream/web';
import { RemoteImageError, describeCause } from '../errors.js';

export interface HttpTimeouts {
  /** From sending a request until its headers arrive, and for reading a small body whole. */
  requestMs: number;
  /** Longest pause between two chunks of a streamed body (layers may take long, but never stall). */
  idleMs: number;
}

export const defaultTimeouts: HttpTimeouts = { requestMs: 30_000, idleMs: 60_000 };

export interface HttpRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/** A response whose body is read either whole (small JSON) or as a stream (blobs), both under timeouts. */
export interface TimedResponse {
  status: number;
  headers: Headers;
  /** Reads the whole body; fails past `limit` bytes. */
  bytes(limit: number): Promise<Buffer>;
  stream(): Readable;
  /** Drops the body so the connection can be reused. */
  discard(): Promise<void>;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/**
 * `fetch` with timeouts and errors that name `label` (the request's purpose) instead of a stack trace. Redirects are
 * followed: registries send blobs from storage elsewhere, and fetch drops Authorization on a cross-origin hop.
 */
export async function timedFetch(
  url: string,
  request: HttpRequest,
  timeouts: HttpTimeouts,
  label: string,
): Promise<TimedResponse> {
  const controller = new AbortController();
  let timedOut: string | undefined;
  function armTimer(ms: number, reason: string): NodeJS.Timeout {
    return setTimeout(() => {
      timedOut = reason;
      controller.abort();
    }, ms);
  }
  function failure(error: unknown): RemoteImageError {
    if (error instanceof RemoteImageError) return error;
    return new RemoteImageError(`${label}: ${timedOut ?? describeCause(error)}`, { cause: error });
  }

  const headerTimer = armTimer(timeouts.requestMs, `no answer within ${seconds(timeouts.requestMs)}`);
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method ?? 'GET',
      headers: request.headers ?? {},
      body: request.body ?? null,
      redirect: 'follow',
      signal: controller.signal,
    });
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(headerTimer);
  }

  async function* chunks(idleMs: number, idleReason: string): AsyncGenerator<Buffer> {
    const body = response.body;
    if (body === null) return;
    const reader = body.getReader();
    let finished = false;
    try {
      for (;;) {
        const timer = armTimer(idleMs, idleReason);
        let next: ReadableStreamReadResult<Uint8Array>;
        try {
          next = await reader.read();
        } finally {
          clearTimeout(timer);
        }
        if (next.done) {
          finished = true;
          return;
        }
        yield Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
      }
    } catch (error) {
      throw failure(error);
    } finally {
      if (!finished) controller.abort();
    }
  }

  return {
    status: response.status,
    headers: response.headers,
    async bytes(limit) {
      const parts: Buffer[] = [];
      let length = 0;
      const reason = `the body did not arrive within ${seconds(timeouts.requestMs)}`;
      for await (const chunk of chunks(timeouts.requestMs, reason)) {
        length += chunk.length;
        if (length > limit) {
          controller.abort();
          throw new RemoteImageError(
            `${label}: the answer is larger than the ${limit} bytes Bulwark accepts`,
          );
        }
        parts.push(chunk);
      }
      return Buffer.concat(parts, length);
    },
    stream() {
      return Readable.from(chunks(timeouts.idleMs, `no data for ${seconds(timeouts.idleMs)}`), {
        objectMode: false,
      });
    },
    async discard() {
      try {
        await response.body?.cancel();
      } catch {
        // Nothing is left to read either way.
      }
    },
  };
}
