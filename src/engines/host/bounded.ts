export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown } | { ok: 'skipped' };

/**
 * Runs `task` over `items` with at most `limit` in flight, results in input order. Once `stop(error)` says a
 * failure ends the whole run (the engine went away), items not yet started are `skipped` rather than attempted.
 */
export async function mapBounded<I, T>(
  items: readonly I[],
  limit: number,
  task: (item: I) => Promise<T>,
  stop: (error: unknown) => boolean,
): Promise<Outcome<T>[]> {
  const outcomes: Outcome<T>[] = items.map(() => ({ ok: 'skipped' }));
  let next = 0;
  let stopped = false;
  async function worker(): Promise<void> {
    while (!stopped && next < items.length) {
      const index = next;
      next += 1;
      // In range by the loop condition; `noUncheckedIndexedAccess` cannot see it.
      const item = items[index] as I;
      try {
        outcomes[index] = { ok: true, value: await task(item) };
      } catch (error) {
        outcomes[index] = { ok: false, error };
        if (stop(error)) stopped = true;
      }
    }
  }
  const workers: Promise<void>[] = [];
  for (let count = 0; count < Math.min(limit, items.length); count += 1) workers.push(worker());
  await Promise.all(workers);
  return outcomes;
}
