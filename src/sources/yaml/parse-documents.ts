import type {
  Document,
  DocumentOptions,
  Node as YamlNode,
  ParseOptions,
  ScalarTag,
  SchemaOptions,
  Tags,
} from 'yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { FieldPath, Range } from '../../core/index.js';
import type { Locate, Located, ParseError } from '../shared/parse-result.js';

export interface YamlDocument {
  /** 0-based position of the document in its file. */
  index: number;
  value: unknown;
  startLine: number;
  locate: Locate;
}

export interface YamlParse {
  documents: YamlDocument[];
  errors: ParseError[];
}

type Offsets = readonly [number, number, number] | undefined;

function rangeOf(lines: LineCounter, start: number, end: number): Range {
  const from = lines.linePos(start);
  const to = lines.linePos(Math.max(start, end));
  return { startLine: from.line, startColumn: from.col, endLine: to.line, endColumn: to.col };
}

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
        if (valueOffsets !== undefined && valueOffsets[0] !== start) {
          ancestorLines.push(lines.linePos(valueOffsets[0]).line);
        }
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
 * Kubernetes decodes YAML as YAML 1.1 (`yes`/`on` are booleans, `0777` is octal, `<<` merges), but keeps
 * timestamp-looking and sexagesimal scalars as strings; these options reproduce that.
 */
const kubernetesYamlOptions = {
  version: '1.1',
  merge: true,
  prettyErrors: false,
  customTags: (tags: Tags) => tags.filter((tag) => !isTimeTag(tag)).map(requireDigitInFloat),
} satisfies ParseOptions & DocumentOptions & SchemaOptions;

function isTimeTag(tag: Tags[number]): boolean {
  return (
    typeof tag === 'object' &&
    (tag.tag === 'tag:yaml.org,2002:timestamp' || ('format' in tag && tag.format === 'TIME'))
  );
}

// The `yaml` 1.1 float pattern also takes a lone `.` (compose `build: .`); Go's decoder keeps that a string.
const floatWithDigit = /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)$/;

function isScalarTag(tag: Tags[number]): tag is ScalarTag {
  return typeof tag === 'object' && tag.test instanceof RegExp;
}

function requireDigitInFloat(tag: Tags[number]): Tags[number] {
  if (!isScalarTag(tag) || tag.tag !== 'tag:yaml.org,2002:float' || tag.test?.test('.') !== true) return tag;
  return { ...tag, test: floatWithDigit };
}

/**
 * Parses every document of a YAML (or JSON) file once, keeping node offsets so findings can point at lines.
 * A document with errors is reported and skipped; the others are still returned.
 */
export function parseYamlDocuments(text: string): YamlParse {
  const lines = new LineCounter();
  const documents: YamlDocument[] = [];
  const errors: ParseError[] = [];
  let index = 0;
  // `<<` merge keys are YAML 1.1, off by default in 1.2, yet compose files share settings through them.
  for (const document of parseAllDocuments(text, { ...kubernetesYamlOptions, lineCounter: lines })) {
    const position = index;
    index += 1;
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const at = lines.linePos(error.pos[0]);
        errors.push({ line: at.line, column: at.col, message: `invalid YAML: ${firstLine(error.message)}` });
      }
      continue;
    }
    if (document.contents === null) continue;
    try {
      const value: unknown = document.toJS({ maxAliasCount: 100 });
      if (value === null || value === undefined) continue;
      documents.push({
        index: position,
        value,
        startLine: firstLineOf(document, lines),
        locate: makeLocator(document, lines),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push({ line: firstLineOf(document, lines), message: `invalid YAML: ${firstLine(message)}` });
    }
  }
  return { documents, errors };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
