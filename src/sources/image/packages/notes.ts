/**
 * Problems found while reading one file: the first few are kept verbatim and the rest only counted, so a garbage
 * file cannot flood the report.
 */
export class FileNotes {
  private readonly kept: string[] = [];
  private dropped = 0;

  constructor(
    private readonly path: string,
    private readonly limit = 5,
  ) {}

  add(message: string, line?: number): void {
    if (this.kept.length >= this.limit) {
      this.dropped += 1;
      return;
    }
    this.kept.push(line === undefined ? `${this.path}: ${message}` : `${this.path} line ${line}: ${message}`);
  }

  list(): string[] {
    if (this.dropped === 0) return [...this.kept];
    return [...this.kept, `${this.path}: ${this.dropped} more problems were not listed`];
  }
}

/** Reads bytes as UTF-8 text; a leading byte-order mark is dropped. */
export function decodeText(content: Buffer): string {
  const text = content.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** True when the bytes cannot be a text file: NUL bytes never occur in the text formats read here. */
export function looksBinary(content: Buffer): boolean {
  return content.subarray(0, 8192).includes(0);
}

/** Calls `visit` for every line with its 1-based number, without splitting the whole text into an array first. */
export function forEachLine(text: string, visit: (line: string, lineNumber: number) => void): void {
  let start = 0;
  let lineNumber = 1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    visit(text.slice(start, stop), lineNumber);
    start = end + 1;
    lineNumber += 1;
  }
}

/** The message of a caught error, for notes. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
