import type { CST } from 'yaml';

// The token-level checks of `yaml`'s compose step (node properties, node ends, empty-node positions), limited to the
// tokens the fast path accepts. Whatever would make the Composer report an error, or anything these checks do not
// know, throws `UnsupportedYaml` so the document goes through the Composer instead.

/** The fast path met something it does not reproduce exactly; the document is composed the full way. */
export class UnsupportedYaml extends Error {
  override name = 'UnsupportedYaml';
}

export function unsupported(): never {
  throw new UnsupportedYaml('outside the fast YAML path');
}

/** Where the node converted last ends, comments and line breaks after it included (the Composer's `range[2]`). */
export interface Cursor {
  end: number;
  /** How many collections enclose the node being converted. */
  depth: number;
}

/**
 * The Composer recurses a few frames per nesting level and reports a stack overflow as a document error, at a depth
 * that depends on the caller's stack; documents nested deeper than this go the full way so that they keep its answer.
 */
const maxDepth = 128;

export function enterCollection(cursor: Cursor): void {
  cursor.depth += 1;
  if (cursor.depth > maxDepth) unsupported();
}

export type PropsIndicator = 'doc-start' | 'explicit-key-ind' | 'map-value-ind' | 'seq-item-ind';

/** What the tokens before a node (or before a value) hold, as far as values and positions depend on it. */
export interface Props {
  found: CST.SourceToken | undefined;
  comma: boolean;
  hasNewline: boolean;
  hasComment: boolean;
  /** End of the last token, or the offset given when there is none. */
  end: number;
}

/**
 * Reads the tokens before a node the way the Composer does, accepting only white space, comments, line breaks, the
 * expected indicator and (in flow collections) one comma. Anchors and tags are not accepted, and a tab in block
 * indentation is refused outright, where the Composer only rejects some tabs: refusing more is always safe.
 */
export function scanProps(
  tokens: readonly CST.SourceToken[],
  indicator: PropsIndicator,
  inFlow: boolean,
  startOnNewline: boolean,
  offset: number,
): Props {
  let hasSpace = startOnNewline;
  let found: CST.SourceToken | undefined;
  let comma = false;
  let hasNewline = false;
  let hasComment = false;
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        if (!inFlow && token.source.includes('\t')) unsupported();
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) unsupported();
        hasComment = true;
        break;
      case 'newline':
        hasNewline = true;
        hasSpace = true;
        break;
      case 'comma':
        if (!inFlow || comma) unsupported();
        comma = true;
        hasSpace = false;
        break;
      default:
        if (token.type !== indicator || found !== undefined) unsupported();
        found = token;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  return { found, comma, hasNewline, hasComment, end: last ? last.offset + last.source.length : offset };
}

/**
 * Checks the tokens after a node (white space, comments and line breaks only; a comment needs white space before it
 * when `requireSpace`) and returns where they end, starting from `offset`.
 */
export function scanEnd(
  tokens: readonly CST.SourceToken[] | undefined,
  from: number,
  offset: number,
  requireSpace: boolean,
): number {
  if (tokens === undefined) return offset;
  let end = offset;
  let hasSpace = false;
  for (let index = from; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.type === 'space' || token.type === 'newline') hasSpace = true;
    else if (token.type !== 'comment' || (requireSpace && !hasSpace)) unsupported();
    end += token.source.length;
  }
  return end;
}

/** End offset of the last of `tokens`, or `fallback` when there are none. */
export function tokensEnd(tokens: readonly CST.SourceToken[], fallback: number): number {
  const last = tokens[tokens.length - 1];
  return last ? last.offset + last.source.length : fallback;
}

export function hasCommentToken(tokens: readonly CST.SourceToken[]): boolean {
  for (const token of tokens) if (token.type === 'comment') return true;
  return false;
}

/**
 * Where the Composer places an empty node (`key:` with nothing after it, a bare `-`): just after the last token
 * before it that is not white space, a comment or a line break, plus the spaces that directly follow that token.
 */
export function emptyScalarOffset(end: number, before: readonly CST.SourceToken[] | undefined): number {
  if (before === undefined) return end;
  let offset = end;
  let index = before.length - 1;
  for (; index >= 0; index -= 1) {
    const token = before[index];
    if (token === undefined) break;
    if (token.type !== 'space' && token.type !== 'comment' && token.type !== 'newline') break;
    offset -= token.source.length;
  }
  if (index < 0) return offset;
  for (let next = before[index + 1]; next?.type === 'space'; next = before[index + 1]) {
    offset += next.source.length;
    index += 1;
  }
  return offset;
}

/** The Composer's `range[2]` of an empty node: its position, or the end of its props when they hold a comment. */
export function emptyNodeEnd(props: Props, before: readonly CST.SourceToken[] | undefined): number {
  return props.hasComment ? props.end : emptyScalarOffset(props.end, before);
}

export function isFlowScalar(token: CST.Token): token is CST.FlowScalar {
  return (
    token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar'
  );
}

/** An implicit key on more than one line is a Composer error. */
export function containsNewline(key: CST.FlowScalar): boolean {
  if (key.source.includes('\n')) return true;
  for (const token of key.end ?? []) if (token.type === 'newline') return true;
  return false;
}
