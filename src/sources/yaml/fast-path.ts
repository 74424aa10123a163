import type { CST } from 'yaml';
import { LineCounter, Parser } from 'yaml';
import type { YamlParse } from './document.js';
import { convertDocument } from './fast-convert.js';
import { makeFastLocator } from './fast-locate.js';
import { composeTokens } from './full-path.js';

// The CST Parser is most of the cost of reading YAML; the Composer's node tree and `toJS` are the rest. This path
// keeps the Parser, converts each CST document straight to plain values and works positions out only on request.
// A document it does not reproduce exactly is composed the full way from the same tokens, and a stream with
// anything unusual between documents (directives, stray errors) is composed whole, so results never differ.

interface DocumentTokens {
  document: CST.Document;
  /** The `...` markers after the document; the Composer checks them as part of it. */
  ends: CST.DocumentEnd[];
}

/** Documents with their end markers, or undefined when the stream holds anything else that matters. */
function groupDocuments(tokens: readonly CST.Token[]): DocumentTokens[] | undefined {
  const groups: DocumentTokens[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'document':
        groups.push({ document: token, ends: [] });
        break;
      case 'doc-end': {
        const current = groups[groups.length - 1];
        if (current === undefined) return undefined;
        current.ends.push(token);
        break;
      }
      case 'comment':
      case 'newline':
      case 'space':
      case 'byte-order-mark':
        break;
      default:
        return undefined;
    }
  }
  return groups;
}

/** Called with a document's position when it is composed the full way, and why. */
export type OnFallback = (index: number, reason: unknown) => void;

function addDocument(
  group: DocumentTokens,
  index: number,
  lines: LineCounter,
  out: YamlParse,
  onFallback: OnFallback | undefined,
): void {
  let value: unknown;
  try {
    value = convertDocument(group.document, group.ends);
  } catch (reason) {
    // Any failure, even a stack overflow on absurd nesting, leaves the document to the Composer, which reports it.
    onFallback?.(index, reason);
    composeTokens([group.document, ...group.ends], lines, index, out);
    return;
  }
  const root = group.document.value;
  if (value === null || value === undefined || root === undefined) return;
  out.documents.push({
    index,
    value,
    startLine: lines.linePos(root.offset).line,
    locate: makeFastLocator(root, lines),
  });
}

/** Parses every document of a YAML (or JSON) file; `onFallback` hears about each document composed the full way. */
export function parseWithFastPath(text: string, onFallback?: OnFallback): YamlParse {
  const lines = new LineCounter();
  // All tokens first, so the line counter knows every line before any position is looked up.
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text));
  const out: YamlParse = { documents: [], errors: [] };
  const groups = groupDocuments(tokens);
  if (groups === undefined) {
    onFallback?.(-1, 'stream');
    composeTokens(tokens, lines, 0, out);
    return out;
  }
  for (const [index, group] of groups.entries()) addDocument(group, index, lines, out, onFallback);
  return out;
}
