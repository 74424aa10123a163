/**
 * The one error remote image sources throw. Its message is complete and meant for users (it names the registry,
 * repository, layer or socket involved), so callers report `message` and never a stack trace.
 */
export class RemoteImageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RemoteImageError';
  }
}

/** A short reason for a low-level failure (`ECONNREFUSED`, an abort, a TLS error) without its stack. */
export function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return error.message;
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code === undefined ? cause.message : `${code}: ${cause.message}`;
  }
  const code = (error as NodeJS.ErrnoException).code;
  return code === undefined ? error.message : `${code}: ${error.message}`;
}
