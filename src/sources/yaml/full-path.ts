import type { CST, Document, Node as YamlNode } from 'yaml';
import { Composer, isMap, isPair, isScalar, isSeq, LineCounter, Parser } from 'yaml';
import type { FieldPath, Range } from '../../core/index.js';
import type { Locate, Located } from '../shared/parse-result.js';
import type { YamlParse } from './document.js';
import { firstLine, rangeOf } from './document.js';
import { kubernetesYamlOptions } from './options.js';

// Compose files share anchors across a hundred services; a billion-laughs document still exceeds this by far.
const aliasBudget = 10_000;

// The reference path: `yaml`'s Composer builds the document tree, `toJS` turns it into plain values. The fast path
// falls back to it for anything it does not reproduce exactly, and the differential tests compare against it.

type Offsets = readonly [number, number, number] | undefined;

function childOf(node: unknown, segment: string | number): { keyNode: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (key === segment || (typeof segment === 'number' && key === String(segment))) {
        return { keyNode: pair.key, value: pair.value };
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item: unknown = node.items[segment];
    return item === undefined ? undefined : { keyNode: item, value: item };
  }
  return undefined;
}

function offsetsOf(node: unknown): Offsets {
  if (isPair(node)) return undefined;
  if (node !== null && typeof node === 'object' && 'range' in node) {
    // `range` is only ever set on parsed nodes, the only kind a composed document holds.
    const range = (node as YamlNode).range;
    return range ?? undefined;
  }
  return undefined;
}

function makeLocator(document: Document.Parsed, lines: LineCounter): Locate {
  return (path: FieldPath): Located => {
    let node: unknown = document.contents;
    const rootOffsets = offsetsOf(node);
    let current: Range = rootOffsets
      ? rangeOf(lines, rootOffsets[0], rootOffsets[1])
      : { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    const ancestorLines = [current.startLine];
    for (const segment of path) {
      const child = childOf(node, segment);
      if (child === undefined) return { range: current, ancestorLines, exact: false };
      const keyOffsets = offsetsOf(child.keyNode);
      const valueOffsets = offsetsOf(child.value);
      const start = keyOffsets?.[0] ?? valueOffsets?.[0];
      const end = valueOffsets?.[1] ?? keyOffsets?.[1];
      if (start !== undefined && end !== undefined) {
        current = rangeOf(lines, start, end);
        ancestorLines.push(current.startLine);
      }
      node = child.value;
    }
    return { range: current, ancestorLines, exact: true };
  };
}

function firstLineOf(document: Document.Parsed, lines: LineCounter): number {
  const offsets = offsetsOf(document.contents) ?? document.range;
  return lines.linePos(offsets[0]).line;
}

/**
 * Composes CST tokens into documents and appends them (or their errors) to `out`; the first composed document gets
 * position `firstIndex`. A document with errors is reported and skipped.
 */
export function composeTokens(
  tokens: Iterable<CST.Token>,
  lines: LineCounter,
  firstIndex: number,
  out: YamlParse,
): void {
  let index = firstIndex;
  for (const document of new Composer(kubernetesYamlOptions).compose(tokens)) {
    const position = index;
    index += 1;
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const at = lines.linePos(error.pos[0]);
        out.errors.push({
          line: at.line,
          column: at.col,
          message: `invalid YAML: ${firstLine(error.message)}`,
        });
      }
      continue;
    }
    if (document.contents === null) continue;
    try {
      const value: unknown = document.toJS({ maxAliasCount: aliasBudget });
      if (value === null || value === undefined) continue;
      out.documents.push({
        index: position,
        value,
        startLine: firstLineOf(document, lines),
        locate: makeLocator(document, lines),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      out.errors.push({ line: firstLineOf(document, lines), message: `invalid YAML: ${firstLine(message)}` });
    }
  }
}

/** Parses every document through the Composer only: what `parseYamlDocuments` returned before the fast path. */
export function parseYamlDocumentsFull(text: string): YamlParse {
  const lines = new LineCounter();
  const out: YamlParse = { documents: [], errors: [] };
  // All tokens first, so the line counter knows every line before any position is looked up.
  composeTokens(Array.from(new Parser(lines.addNewLine).parse(text)), lines, 0, out);
  return out;
}
