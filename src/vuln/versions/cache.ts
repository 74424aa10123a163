/**
 * Matching compares the same few thousand version strings against each other many times, so each scheme parses a
 * string once and reuses the result. The cache is bounded so that a long-running process (the admission webhook,
 * the watcher) cannot grow it without end. It keeps two generations: when the current one is full it becomes the
 * previous one and the older generation is dropped whole; a hit in the previous generation is carried over. This
 * keeps recently used versions at O(1) cost per lookup (deleting Map entries one by one would leave V8 scanning
 * the tombstones on every eviction).
 */
export function memoizeParse<T extends object>(
  parse: (version: string) => T,
  limit = 50_000,
): (version: string) => T {
  let current = new Map<string, T>();
  let previous = new Map<string, T>();
  const remember = (version: string, parsed: T): void => {
    if (current.size >= limit) {
      previous = current;
      current = new Map<string, T>();
    }
    current.set(version, parsed);
  };
  return (version: string): T => {
    const hit = current.get(version);
    if (hit !== undefined) return hit;
    const carried = previous.get(version);
    const parsed = carried ?? parse(version);
    remember(version, parsed);
    return parsed;
  };
}
