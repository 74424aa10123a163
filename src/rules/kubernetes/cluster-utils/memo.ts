import type { ClusterIndex } from '../../../core/index.js';

/**
 * Memoises a derived analysis per index: the scan builds one index and judges thousands of objects with it, so an
 * analysis runs once, not once per object. Each memo gets its own WeakMap, dropped with the index.
 */
export function memoPerIndex<T>(derive: (index: ClusterIndex) => T): (index: ClusterIndex) => T {
  const cache = new WeakMap<ClusterIndex, T>();
  return (index) => {
    const cached = cache.get(index);
    if (cached !== undefined) return cached;
    const value = derive(index);
    cache.set(index, value);
    return value;
  };
}
