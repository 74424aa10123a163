import type { LineCounter, Node, ParsedNode } from 'yaml';
import { isMap, isNode, isScalar, isSeq } from 'yaml';
import type { FieldPath, Range } from '../../core/index.js';

export interface LocatedNode {
  range: Range;
  exact: boolean;
}

function rangeOf(lines: LineCounter, start: number, end: number): Range {
  const from = lines.linePos(start);
  const to = lines.linePos(Math.max(start, end));
  return { startLine: from.line, startColumn: from.col, endLine: to.line, endColumn: to.col };
}

function nodeRange(lines: LineCounter, node: Node): Range | undefined {
  const range = node.range;
  return range === undefined || range === null ? undefined : rangeOf(lines, range[0], range[1]);
}

/** The entry of a JSON object with this key; the last one when the key repeats, as Go's decoder keeps the last. */
function entryOf(node: Node, key: string): { key: Node; value: Node | undefined } | undefined {
  if (!isMap(node)) return undefined;
  let found: { key: Node; value: Node | undefined } | undefined;
  for (const pair of node.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key)
      found = { key: pair.key, value: isNode(pair.value) ? pair.value : undefined };
  }
  return found;
}

/**
 * Finds the text of a field path in a parsed daemon.json: the key of an object entry (so a finding points at
 * `"icc": true`'s line), the item of an array; an omitted field resolves to its deepest written ancestor.
 */
export function locateInTree(
  root: ParsedNode | null,
  lines: LineCounter,
  path: FieldPath,
  fallback: Range,
): LocatedNode {
  let node: Node | undefined = root ?? undefined;
  let best: Range = (node === undefined ? undefined : nodeRange(lines, node)) ?? fallback;
  for (const segment of path) {
    if (node === undefined) return { range: best, exact: false };
    if (typeof segment === 'number') {
      const item: unknown = isSeq(node) ? node.items[segment] : undefined;
      if (!isNode(item)) return { range: best, exact: false };
      node = item;
      best = nodeRange(lines, node) ?? best;
      continue;
    }
    const entry = entryOf(node, segment);
    if (entry === undefined) return { range: best, exact: false };
    best = nodeRange(lines, entry.key) ?? best;
    node = entry.value;
  }
  return { range: best, exact: true };
}
