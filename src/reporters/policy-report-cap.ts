import type { Severity } from '../core/index.js';

/**
 * The API server refuses objects over about 1.5 MiB (etcd's request limit), so each report keeps its results under
 * this many bytes of JSON; what does not fit is counted in an annotation instead of making `kubectl apply` fail.
 */
export const policyReportByteBudget = 1_000_000;

const severityRank: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

interface Capped<T> {
  kept: T[];
  omitted: number;
}

/**
 * Every result when they fit the budget, in their order; otherwise the most severe first (errors, which say what
 * was not seen, before any finding), in their order within a severity, until the budget is spent.
 */
export function capResults<T extends { severity?: Severity }>(
  results: readonly T[],
  budget: number,
): Capped<T> {
  const sizes = results.map((result) => JSON.stringify(result).length + 1);
  let total = 0;
  for (const size of sizes) total += size;
  if (total <= budget) return { kept: [...results], omitted: 0 };
  const order = results
    .map((result, index) => ({
      index,
      rank: result.severity === undefined ? -1 : severityRank[result.severity],
    }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  const chosen = new Set<number>();
  let used = 0;
  for (const { index } of order) {
    const size = sizes[index] ?? 0;
    if (used + size > budget) break;
    used += size;
    chosen.add(index);
  }
  return { kept: results.filter((_, index) => chosen.has(index)), omitted: results.length - chosen.size };
}
