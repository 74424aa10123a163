/**
 * An object as `kubectl get KIND NAME -o json` prints it, for checking lines: four-space indent, map keys sorted (Go
 * marshals maps in key order), managedFields hidden. Written independently of the engine's line counter.
 */
function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = sortDeep(record[key]);
  return sorted;
}

export function kubectlPrint(object: Record<string, unknown>): string[] {
  const metadata = object['metadata'];
  const shown =
    typeof metadata === 'object' && metadata !== null
      ? { ...object, metadata: { ...(metadata as Record<string, unknown>), managedFields: undefined } }
      : object;
  return JSON.stringify(sortDeep(shown), null, 4).split('\n');
}

/** The last named key of a field path (`spec.template.spec.containers[0].image` → `image`). */
export function lastKey(fieldPath: string): string | undefined {
  const keys = fieldPath.replace(/\[\d+\]/g, '').split('.');
  return keys[keys.length - 1];
}
