export interface DocumentPiece {
  text: string;
  /** Lines of the file before this piece: add it to a piece line to get the file line. */
  lineOffset: number;
}

const separator = /^---[^\n]*$/gm;

function newlinesBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index >= 0 && index < to; index = text.indexOf('\n', index + 1))
    count += 1;
  return count;
}

/**
 * Cuts a YAML stream at its `---` lines so one document can be parsed without the rest; a JSON file stays whole.
 * A cut can differ from the parser's view (a `---` inside a block scalar): callers match what they parse against
 * what they expect and fall back to the whole file.
 */
export function splitDocuments(text: string): DocumentPiece[] {
  const first = text.trimStart().charAt(0);
  if (first === '{' || first === '[') return [{ text, lineOffset: 0 }];
  const pieces: DocumentPiece[] = [];
  let start = 0;
  let lineOffset = 0;
  for (const match of text.matchAll(separator)) {
    const end = match.index + match[0].length;
    pieces.push({ text: text.slice(start, match.index), lineOffset });
    lineOffset += newlinesBetween(text, start, end);
    start = end;
  }
  pieces.push({ text: text.slice(start), lineOffset });
  return pieces;
}
