import type { CST } from 'yaml';
import { fastPathApplies, propertyName, resolvePlain, scalarValue } from './fast-scalar.js';
import type { Cursor, Props } from './fast-tokens.js';
import {
  containsNewline,
  emptyNodeEnd,
  enterCollection,
  isFlowScalar,
  scanEnd,
  scanProps,
  unsupported,
} from './fast-tokens.js';

// Turns one CST document straight into the plain value `Document.toJS()` would give, without building the node tree.
// It follows the Composer step by step for the shapes it accepts and throws `UnsupportedYaml` for everything else
// (see fast-tokens.ts), including every shape the Composer reports as an error.

type Collected = Record<string, unknown>;

function isBlockCollection(token: CST.Token | undefined): boolean {
  return token?.type === 'block-map' || token?.type === 'block-seq';
}

function emptyValue(props: Props, before: readonly CST.SourceToken[] | undefined, cursor: Cursor): unknown {
  cursor.end = emptyNodeEnd(props, before);
  return resolvePlain('', false);
}

function convertNode(token: CST.Token, cursor: Cursor): unknown {
  switch (token.type) {
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      return scalarValue(token, false, cursor);
    case 'block-map':
      return convertBlockMap(token, cursor);
    case 'block-seq':
      return convertBlockSeq(token, cursor);
    case 'flow-collection':
      return convertFlowCollection(token, cursor);
    default:
      return unsupported();
  }
}

/** Resolves a scalar key to its property name, refusing duplicates (the Composer's error, or `toJS` overwriting). */
function keyName(key: CST.FlowScalar, target: Collected, cursor: Cursor): string {
  const name = propertyName(scalarValue(key, true, cursor));
  if (Object.hasOwn(target, name)) unsupported();
  return name;
}

function convertBlockMap(map: CST.BlockMap, cursor: Cursor): Collected {
  enterCollection(cursor);
  const target: Collected = {};
  let offset = map.offset;
  let commentEnd: number | undefined;
  for (const { start, explicitKey, key, sep, value } of map.items) {
    if (explicitKey === true) unsupported();
    const keyProps = scanProps(start, 'explicit-key-ind', false, true, offset);
    if (keyProps.found !== undefined) unsupported();
    if (sep === undefined) {
      // An item of comments only; the Composer keeps its end as the map's end.
      if (key !== undefined || start.length === 0) unsupported();
      commentEnd = keyProps.end;
      continue;
    }
    if (!key || !isFlowScalar(key) || key.indent !== map.indent || containsNewline(key)) unsupported();
    const name = keyName(key, target, cursor);
    const valueProps = scanProps(sep, 'map-value-ind', false, false, cursor.end);
    const indicator = valueProps.found;
    if (indicator === undefined) unsupported();
    if (value?.type === 'block-map' && !valueProps.hasNewline) unsupported();
    // YAML caps an implicit key at 1024 characters before its `:`.
    if (keyProps.end < indicator.offset - 1024) unsupported();
    target[name] = value ? convertNode(value, cursor) : emptyValue(valueProps, sep, cursor);
    offset = cursor.end;
  }
  if (commentEnd !== undefined && commentEnd < offset) unsupported();
  cursor.end = commentEnd ?? offset;
  cursor.depth -= 1;
  return target;
}

function convertBlockSeq(seq: CST.BlockSequence, cursor: Cursor): unknown[] {
  enterCollection(cursor);
  const target: unknown[] = [];
  let offset = seq.offset;
  let commentEnd: number | undefined;
  for (const { start, value } of seq.items) {
    const props = scanProps(start, 'seq-item-ind', false, true, offset);
    if (props.found === undefined) {
      if (value !== undefined || start.length === 0) unsupported();
      commentEnd = props.end;
      continue;
    }
    target.push(value ? convertNode(value, cursor) : emptyValue(props, start, cursor));
    offset = cursor.end;
  }
  cursor.end = commentEnd ?? offset;
  cursor.depth -= 1;
  return target;
}

function convertFlowCollection(flow: CST.FlowCollection, cursor: Cursor): unknown {
  enterCollection(cursor);
  const isMap = flow.start.source === '{';
  const map: Collected = {};
  const seq: unknown[] = [];
  let offset = flow.offset + flow.start.source.length;
  const items = flow.items;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (item === undefined) break;
    const { start, key, sep, value } = item;
    const props = scanProps(start, 'explicit-key-ind', true, false, offset);
    if (props.found !== undefined) unsupported();
    if (sep === undefined && value === undefined) {
      // Only a trailing comma may leave an empty item, and never the first one.
      if (key !== undefined || (index === 0 && props.comma) || index < items.length - 1) unsupported();
      offset = props.end;
      continue;
    }
    if (index === 0 ? props.comma : !props.comma) unsupported();
    if (!isMap) {
      // Pairs inside flow sequences (`[a: 1]`) become one-pair maps in the Composer; they go the full way.
      if (sep !== undefined || key !== undefined || value === undefined || isBlockCollection(value))
        unsupported();
      seq.push(convertNode(value, cursor));
      offset = cursor.end;
      continue;
    }
    if (!key || !isFlowScalar(key)) unsupported();
    const name = keyName(key, map, cursor);
    const valueProps = scanProps(sep ?? [], 'map-value-ind', true, false, cursor.end);
    if (value !== undefined) {
      if (valueProps.found === undefined || isBlockCollection(value)) unsupported();
      map[name] = convertNode(value, cursor);
      offset = cursor.end;
    } else if (valueProps.found !== undefined) {
      map[name] = emptyValue(valueProps, sep, cursor);
      offset = cursor.end;
    } else {
      // `{a}`: a key without a value.
      map[name] = null;
      offset = valueProps.end;
    }
  }
  const close = flow.end[0];
  if (close?.source !== (isMap ? '}' : ']')) unsupported();
  const closeEnd = close.offset + close.source.length;
  cursor.end = scanEnd(flow.end, 1, closeEnd, true);
  cursor.depth -= 1;
  return isMap ? map : seq;
}

/**
 * The plain value of one CST document (undefined when it is empty), given the `...` markers that follow it; throws
 * `UnsupportedYaml` when the document must be composed the full way.
 */
export function convertDocument(document: CST.Document, documentEnds: readonly CST.DocumentEnd[]): unknown {
  if (!fastPathApplies) unsupported();
  const cursor: Cursor = { end: document.offset, depth: 0 };
  const props = scanProps(document.start, 'doc-start', false, true, document.offset);
  const value = document.value;
  if (props.found !== undefined && isBlockCollection(value) && !props.hasNewline) unsupported();
  const result = value === undefined ? undefined : convertNode(value, cursor);
  scanEnd(document.end, 0, cursor.end, false);
  for (const marker of documentEnds) scanEnd(marker.end, 0, marker.offset + marker.source.length, true);
  return result;
}
