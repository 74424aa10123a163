import type { Document, LineCounter as LineCounterType, ParsedNode } from 'yaml';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import type { FieldPath, PlainData, Range } from '../../core/index.js';
import { formatPath } from '../../core/index.js';
import type { Locate, ParseError } from '../shared/parse-result.js';
import { wholeLineRange } from '../shared/parse-result.js';
import { issuesToErrors } from '../shared/zod-errors.js';
import { locateInTree } from './json-tree.js';
import type { DaemonInputError, DaemonParse, PlaceDaemonPath } from './place.js';
import { toPlainData } from './plain-data.js';
import { daemonJsonKeys, isDaemonJsonKey, removedDaemonJsonKeys } from './schema.js';
import type { DaemonSettingOrigin, DockerDaemonView } from './view.js';

const fileStart: Range = wholeLineRange(1);

/** Kind of the resource a daemon configuration becomes. */
export const daemonResourceKind = 'DockerDaemon';

export function daemonView(
  name: string,
  settings: Record<string, PlainData>,
  origins: Record<string, DaemonSettingOrigin>,
  live: boolean,
): DockerDaemonView {
  return {
    resource: {
      kind: daemonResourceKind,
      name,
      source: { file: name, startLine: 1, startColumn: 1 },
      doc: settings,
    },
    settings,
    origins,
    live,
  };
}

/** Places a field path in a daemon.json through its locator. */
export function filePlacer(file: string, locate: Locate): PlaceDaemonPath {
  return (path) => {
    const at = locate(path);
    // An omitted setting points at where the file starts, not at the whole object.
    const range = at.exact
      ? at.range
      : { ...at.range, endLine: at.range.startLine, endColumn: at.range.startColumn };
    return {
      file,
      line: range.startLine,
      column: range.startColumn,
      range,
      path: formatPath(path),
      exact: at.exact,
    };
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

const jsonPosition = /at position (?<offset>\d+)/;

/** Go's decoder is the judge of syntax: YAML-only forms (comments, single quotes, trailing commas) are refused. */
function syntaxErrors(source: string, document: Document.Parsed, lines: LineCounterType): ParseError[] {
  try {
    JSON.parse(source);
    return [];
  } catch (error) {
    // V8 quotes a piece of the input; proxies in daemon.json can carry credentials, so the quote is dropped.
    const raw = error instanceof Error ? error.message : String(error);
    const message = firstLine(raw.replace(/, ".*" is not valid JSON$/s, ''));
    const offset = jsonPosition.exec(message)?.groups?.offset;
    const end = source.trimEnd().length;
    const fallback = message.includes('end of JSON input') ? end : (document.errors[0]?.pos[0] ?? end);
    const at = lines.linePos(offset === undefined ? fallback : Number(offset));
    return [{ line: at.line, column: at.col, message: `not valid JSON: ${message}` }];
  }
}

function judgeEntries(
  root: ParsedNode,
  document: Document.Parsed,
  file: string,
  locate: Locate,
  errors: ParseError[],
): { settings: Record<string, PlainData>; origins: Record<string, DaemonSettingOrigin> } {
  const settings: Record<string, PlainData> = {};
  const origins: Record<string, DaemonSettingOrigin> = {};
  if (!isMap(root)) return { settings, origins };
  for (const pair of root.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const path: FieldPath = [key];
    const at = locate(path).range;
    if (!isDaemonJsonKey(key)) {
      const removed = Object.hasOwn(removedDaemonJsonKeys, key) ? removedDaemonJsonKeys[key] : undefined;
      const message =
        removed === undefined
          ? `unknown daemon.json key "${key}": dockerd refuses to start with a key it does not know`
          : `daemon.json key "${key}" was removed from dockerd, which now refuses to start with it: ${removed}`;
      errors.push({ line: at.startLine, column: at.startColumn, message });
      continue;
    }
    const value: unknown = isNode(pair.value) ? pair.value.toJS(document) : null;
    const checked = daemonJsonKeys[key].safeParse(value);
    if (!checked.success) {
      const issues = checked.error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] }));
      errors.push(...issuesToErrors(issues, locate, 'daemon.json value'));
      continue;
    }
    settings[key] = toPlainData(value);
    origins[key] = { source: 'file', file, line: at.startLine, column: at.startColumn, path };
  }
  return { settings, origins };
}

/**
 * Reads a daemon.json as dockerd does (a UTF-8 byte order mark is skipped, an empty file is an empty
 * configuration). Syntax errors, unknown keys and values of the wrong type are errors with their line; every key
 * that is known and well typed still lands in the view.
 */
export function parseDaemonJson(text: string, file: string): DaemonParse {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = new LineCounter();
  const document = parseDocument(source, {
    version: '1.2',
    schema: 'json',
    lineCounter: lines,
    uniqueKeys: false,
    prettyErrors: false,
  });
  const root = document.contents;
  const locate: Locate = (path) => {
    const found = locateInTree(root, lines, path, fileStart);
    return { range: found.range, ancestorLines: [found.range.startLine], exact: found.exact };
  };
  const place = filePlacer(file, locate);
  if (source.trim() === '') return { view: daemonView(file, {}, {}, false), errors: [], place };
  const errors: ParseError[] = syntaxErrors(source, document, lines);
  const withFile = (): DaemonInputError[] => errors.map((error) => ({ file, ...error }));
  // A scalar the JSON schema cannot type (`yes`, a bare word) still leaves a usable tree; broken structure does not.
  if (document.errors.some((error) => error.code !== 'TAG_RESOLVE_FAILED'))
    return { errors: withFile(), place };
  if (root !== null && !isMap(root) && !(isScalar(root) && root.value === null)) {
    const at = locate([]).range;
    errors.push({
      line: at.startLine,
      column: at.startColumn,
      message: 'daemon.json must hold one JSON object',
    });
    return { errors: withFile(), place };
  }
  const judged =
    root === null ? { settings: {}, origins: {} } : judgeEntries(root, document, file, locate, errors);
  return { view: daemonView(file, judged.settings, judged.origins, false), errors: withFile(), place };
}
