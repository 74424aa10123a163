import type { CST, LineCounter } from 'yaml';
import type { FieldPath, Range } from '../../core/index.js';
import type { Locate, Located } from '../shared/parse-result.js';
import { rangeOf } from './document.js';
import { scalarValue } from './fast-scalar.js';
import type { Cursor } from './fast-tokens.js';
import { emptyScalarOffset, hasCommentToken, isFlowScalar, tokensEnd, unsupported } from './fast-tokens.js';

// Positions for documents read by the fast path, worked out from the retained CST only when a finding asks for a
// path: the offsets are the ones the Composer would have given the nodes on that path, so `locate` answers exactly
// as it does for composed documents. Only documents the converter accepted get here, so the shapes are known.

/** A node's start and the end of its value (the Composer's `range[0]` and `range[1]`). */
type Span = readonly [number, number];

interface Child {
  start: number;
  end: number;
  /** Where the value node starts; undefined for a key without a value (`{a}`). */
  valueStart: number | undefined;
  /** The value token; undefined when the value is empty or absent. */
  value: CST.Token | undefined;
}

type BlockItem = CST.BlockMap['items'][number] | CST.BlockSequence['items'][number];

const scratch: Cursor = { end: 0, depth: 0 };
const keyValues = new WeakMap<CST.FlowScalar, unknown>();

function keyValue(key: CST.FlowScalar): unknown {
  if (keyValues.has(key)) return keyValues.get(key);
  const value = scalarValue(key, true, scratch);
  keyValues.set(key, value);
  return value;
}

/**
 * The `[start, valueEnd, nodeEnd]` offsets the Composer gives a scalar of a validated document, counted from the
 * tokens instead of resolving the scalar again: a block scalar spans its header line and body; a flow scalar's node
 * end adds the white space, comments and line breaks after it.
 */
function scalarRange(token: CST.FlowScalar | CST.BlockScalar): readonly [number, number, number] {
  if (token.type === 'block-scalar') {
    let end = token.offset + token.source.length;
    for (const header of token.props) if ('source' in header) end += header.source.length;
    return [token.offset, end, end];
  }
  const valueEnd = token.offset + token.source.length;
  let end = valueEnd;
  for (const trailing of token.end ?? []) end += trailing.source.length;
  return [token.offset, valueEnd, end];
}

/** Where an empty node placed after `before` ends (`before` is never empty: it holds the `:` or the `-`). */
function emptyEndAfter(before: readonly CST.SourceToken[]): number {
  const end = tokensEnd(before, 0);
  return hasCommentToken(before) ? end : emptyScalarOffset(end, before);
}

function isBlockItem(collection: CST.BlockMap | CST.BlockSequence, item: BlockItem): boolean {
  if (collection.type === 'block-map') return item.sep !== undefined;
  for (const token of item.start) if (token.type === 'seq-item-ind') return true;
  return false;
}

/** A block collection's value end (its last item's end) and node end (a trailing comment item's end, if any). */
function blockEnds(collection: CST.BlockMap | CST.BlockSequence): Span {
  let last: BlockItem | undefined;
  let commentEnd: number | undefined;
  for (const item of collection.items) {
    if (isBlockItem(collection, item)) last = item;
    else commentEnd = tokensEnd(item.start, 0);
  }
  if (last === undefined) return [collection.offset, commentEnd ?? collection.offset];
  const valueEnd = last.value ? nodeEnd(last.value) : emptyEndAfter(last.sep ?? last.start);
  return [valueEnd, commentEnd ?? valueEnd];
}

function flowCloseEnd(flow: CST.FlowCollection): number {
  const close = flow.end[0];
  if (close === undefined) return unsupported();
  return close.offset + close.source.length;
}

function nodeSpan(token: CST.Token): Span {
  switch (token.type) {
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar': {
      const range = scalarRange(token);
      return [range[0], range[1]];
    }
    case 'block-map':
    case 'block-seq':
      return [token.offset, blockEnds(token)[0]];
    case 'flow-collection':
      return [token.offset, flowCloseEnd(token)];
    default:
      return unsupported();
  }
}

/** The Composer's `range[2]`: where a node ends with the comments and line breaks that trail it. */
function nodeEnd(token: CST.Token): number {
  switch (token.type) {
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      return scalarRange(token)[2];
    case 'block-map':
    case 'block-seq':
      return blockEnds(token)[1];
    case 'flow-collection': {
      let end = flowCloseEnd(token);
      for (const trailing of token.end.slice(1)) end += trailing.source.length;
      return end;
    }
    default:
      return unsupported();
  }
}

function matches(key: unknown, segment: string | number): boolean {
  return key === segment || (typeof segment === 'number' && key === String(segment));
}

function pairChild(
  key: CST.FlowScalar,
  sep: readonly CST.SourceToken[] | undefined,
  value?: CST.Token,
): Child {
  const [keyStart, keyEnd] = scalarRange(key);
  if (value !== undefined) {
    const [valueStart, valueEnd] = nodeSpan(value);
    return { start: keyStart, end: valueEnd, valueStart, value };
  }
  if (sep?.some((token) => token.type === 'map-value-ind') === true) {
    const position = emptyScalarOffset(tokensEnd(sep, 0), sep);
    return { start: keyStart, end: position, valueStart: position, value: undefined };
  }
  return { start: keyStart, end: keyEnd, valueStart: undefined, value: undefined };
}

function itemChild(value: CST.Token | undefined, before: readonly CST.SourceToken[]): Child {
  if (value !== undefined) {
    const [start, end] = nodeSpan(value);
    return { start, end, valueStart: start, value };
  }
  const position = emptyScalarOffset(tokensEnd(before, 0), before);
  return { start: position, end: position, valueStart: position, value: undefined };
}

function mapChild(items: readonly CST.CollectionItem[], segment: string | number): Child | undefined {
  for (const { key, sep, value } of items) {
    if (!key || !isFlowScalar(key)) continue;
    if (matches(keyValue(key), segment)) return pairChild(key, sep, value);
  }
  return undefined;
}

function blockSeqChild(seq: CST.BlockSequence, position: number): Child | undefined {
  let index = 0;
  for (const item of seq.items) {
    if (!isBlockItem(seq, item)) continue;
    if (index === position) return itemChild(item.value, item.start);
    index += 1;
  }
  return undefined;
}

function flowSeqChild(flow: CST.FlowCollection, position: number): Child | undefined {
  let index = 0;
  for (const item of flow.items) {
    if (item.value === undefined) continue;
    if (index === position) return itemChild(item.value, item.start);
    index += 1;
  }
  return undefined;
}

function childOf(token: CST.Token, segment: string | number): Child | undefined {
  switch (token.type) {
    case 'block-map':
      return mapChild(token.items, segment);
    case 'block-seq':
      return typeof segment === 'number' ? blockSeqChild(token, segment) : undefined;
    case 'flow-collection':
      if (token.start.source === '{') return mapChild(token.items, segment);
      return typeof segment === 'number' ? flowSeqChild(token, segment) : undefined;
    default:
      return undefined;
  }
}

/** A `locate` for a document the fast path converted, `root` being its value token. */
export function makeFastLocator(root: CST.Token, lines: LineCounter): Locate {
  let rootSpan: Span | undefined;
  return (path: FieldPath): Located => {
    rootSpan ??= nodeSpan(root);
    let current: Range = rangeOf(lines, rootSpan[0], rootSpan[1]);
    const ancestorLines = [current.startLine];
    let node: CST.Token | undefined = root;
    for (const segment of path) {
      const child: Child | undefined = node === undefined ? undefined : childOf(node, segment);
      if (child === undefined) return { range: current, ancestorLines, exact: false };
      current = rangeOf(lines, child.start, child.end);
      ancestorLines.push(current.startLine);
      node = child.value;
    }
    return { range: current, ancestorLines, exact: true };
  };
}
