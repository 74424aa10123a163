import type { z } from 'zod';
import { RemoteImageError } from '../image/remote/errors.js';
import type { EngineClient } from '../image/remote/engine/engine-client.js';

// A host with thousands of containers answers `/containers/json` with a few megabytes; inspections are smaller.
const jsonBodyLimit = 32 * 1024 * 1024;

/** The engine answered, but not with 200: a 404 means the object went away between listing and reading it. */
export class EngineAnswerError extends RemoteImageError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'EngineAnswerError';
  }
}

/** A versioned Engine API GET whose 200 answer must match `schema`; anything else rejects with a clear message. */
export async function getEngineJson<T>(
  client: EngineClient,
  apiPath: string,
  label: string,
  schema: z.ZodType<T>,
): Promise<T> {
  const response = await client.get(apiPath, label);
  if (response.status !== 200) {
    const detail = await client.errorMessage(response, label);
    throw new EngineAnswerError(
      `${label}: the engine answered HTTP ${response.status} (${detail})`,
      response.status,
    );
  }
  const text = await client.text(response, label, jsonBodyLimit);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new RemoteImageError(`${label}: the engine's answer is not JSON`);
  }
  const checked = schema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue === undefined ? '' : ` at ${issue.path.join('.') || '(root)'}: ${issue.message}`;
    throw new RemoteImageError(`${label}: the engine's answer is not the expected shape${where}`);
  }
  return checked.data;
}
