import type { FieldPath, Range } from '../../core/index.js';
import type { Locate, Located } from '../../sources/index.js';

/**
 * Lines of an object as `kubectl get KIND NAME -o json` prints it: Go's `json.MarshalIndent` with four spaces, keys
 * of every map in byte order (kubectl prints unstructured maps). Lines are counted from the values, never by
 * printing, so locating a field costs the size of what comes before it, not a serialisation of the object.
 */

const indentWidth = 4;

type JsonContainer = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is JsonContainer {
  return typeof value === 'object' && value !== null;
}

/** Byte order, as Go sorts map keys; UTF-16 order equals it for the ASCII keys Kubernetes uses. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Memoised line counts: a document locates many paths and each needs the sizes of the siblings before it. A count
 * does not depend on key order, so nothing is sorted.
 */
export function createLineCounter(): (value: unknown) => number {
  const counts = new Map<object, number>();
  function count(value: unknown): number {
    if (!isContainer(value)) return 1;
    const known = counts.get(value);
    if (known !== undefined) return known;
    let lines = 2;
    let children = 0;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (child === undefined) continue;
      children += 1;
      lines += count(child);
    }
    const total = children === 0 ? 1 : lines;
    counts.set(value, total);
    return total;
  }
  return count;
}

function scalarText(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

interface Cursor {
  value: unknown;
  line: number;
  column: number;
  /** Characters before the value on its first line (the key and `": "`). */
  prefix: number;
}

function isEmpty(value: JsonContainer): boolean {
  if (Array.isArray(value)) return value.length === 0;
  for (const key of Object.keys(value)) if (value[key] !== undefined) return false;
  return true;
}

/**
 * Where a value starts and ends. The end line of an object or array needs its size, which most readers never ask
 * for (findings and the index use the start): it is counted only when read.
 */
function rangeOf(cursor: Cursor, count: (value: unknown) => number): Range {
  const { value, line, column, prefix } = cursor;
  if (isContainer(value) && !isEmpty(value))
    return {
      startLine: line,
      startColumn: column,
      get endLine() {
        return line + count(value) - 1;
      },
      endColumn: column + 1,
    };
  const text = isContainer(value) ? (Array.isArray(value) ? '[]' : '{}') : scalarText(value);
  return { startLine: line, startColumn: column, endLine: line, endColumn: column + prefix + text.length };
}

/** For each child of a container: the child, and lines from the container's opening line to its first line. */
type Offsets = Map<string | number, { value: unknown; offset: number }>;

function offsetsOf(value: JsonContainer, count: (value: unknown) => number): Offsets {
  const offsets: Offsets = new Map();
  let offset = 1;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      offsets.set(index, { value: item, offset });
      offset += count(item);
    }
    return offsets;
  }
  const keys = Object.keys(value).filter((key) => value[key] !== undefined);
  for (const key of keys.sort(compareKeys)) {
    const child = value[key];
    offsets.set(key, { value: child, offset });
    offset += count(child);
  }
  return offsets;
}

/**
 * A locator over one object as kubectl prints it alone: line 1 is its opening brace. Each container a path goes
 * through gets its children's offsets once, so the many findings on one object cost a lookup per path segment.
 */
export function jsonLocator(root: unknown, count: (value: unknown) => number = createLineCounter()): Locate {
  const memo = new Map<object, Offsets>();
  function step(cursor: Cursor, segment: string | number): Cursor | undefined {
    const { value, line, column } = cursor;
    if (!isContainer(value)) return undefined;
    let offsets = memo.get(value);
    if (offsets === undefined) {
      offsets = offsetsOf(value, count);
      memo.set(value, offsets);
    }
    const child = offsets.get(segment);
    if (child === undefined) return undefined;
    const prefix = typeof segment === 'string' ? JSON.stringify(segment).length + 2 : 0;
    return { value: child.value, line: line + child.offset, column: column + indentWidth, prefix };
  }
  return (path: FieldPath): Located => {
    let cursor: Cursor = { value: root, line: 1, column: 1, prefix: 0 };
    const ancestorLines = [1];
    for (const segment of path) {
      const next = step(cursor, segment);
      if (next === undefined) return { range: rangeOf(cursor, count), ancestorLines, exact: false };
      cursor = next;
      ancestorLines.push(cursor.line);
    }
    return { range: rangeOf(cursor, count), ancestorLines, exact: true };
  };
}
