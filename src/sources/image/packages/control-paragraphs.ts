import { forEachLine } from './notes.js';

/** One blank-line separated stanza of a `Field: value` file (dpkg status, apk installed). */
export interface ControlParagraph {
  /** Line of the stanza's first field. */
  line: number;
  /** First line of each wanted field; continuation lines are not kept because no wanted field spans lines. */
  fields: Map<string, string>;
}

export interface ControlParse {
  paragraphs: ControlParagraph[];
  /** Lines that are neither `Field: value`, a continuation, nor blank. */
  malformedLines: number[];
}

/**
 * Splits a control-style database into stanzas. Only the wanted fields are sliced out of the text, so a 5 MB dpkg
 * status costs one pass and a few strings per package.
 */
export function parseControlParagraphs(text: string, wanted: ReadonlySet<string>): ControlParse {
  const paragraphs: ControlParagraph[] = [];
  const malformedLines: number[] = [];
  let current: ControlParagraph | undefined;
  forEachLine(text, (line, lineNumber) => {
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    const first = line.charCodeAt(0);
    if (first === 32 || first === 9) {
      if (current === undefined) malformedLines.push(lineNumber);
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      malformedLines.push(lineNumber);
      return;
    }
    if (current === undefined) {
      current = { line: lineNumber, fields: new Map() };
      paragraphs.push(current);
    }
    const key = line.slice(0, colon);
    if (wanted.has(key)) current.fields.set(key, line.slice(colon + 1).trim());
  });
  return { paragraphs, malformedLines };
}

/** Adds one note for all malformed lines of a file. */
export function describeMalformedLines(malformedLines: readonly number[]): string | undefined {
  const first = malformedLines[0];
  if (first === undefined) return undefined;
  const count = malformedLines.length;
  if (count === 1) return `line ${first} is not a "Field: value" line and was ignored`;
  return `${count} lines are not "Field: value" lines and were ignored (first at line ${first})`;
}
