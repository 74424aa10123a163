import type { ParseError } from '../../shared/parse-result.js';

/** One shell word as written, with where it starts and ends in the file (1-based lines and columns). */
export interface ShellWord {
  /** The word's text exactly as written, quotes included. */
  raw: string;
  /** A variable, command substitution or make reference decides part of the word. */
  unknown: boolean;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The words of one simple command, redirections left out. */
export type ShellCommand = readonly ShellWord[];

export interface LexOptions {
  /** Makefile recipe: `$$` is the shell's `$`, and `$(VAR)` / `${VAR}` / `$X` are make references. */
  make?: boolean;
  /** A YAML folded scalar: line breaks join lines instead of ending commands. */
  newlineIsBlank?: boolean;
  /** Where the text starts in its file. */
  line?: number;
  column?: number;
}

export interface LexResult {
  commands: ShellCommand[];
  errors: ParseError[];
}

interface PendingHeredoc {
  delimiter: string;
  stripTabs: boolean;
}

const blank = new Set([' ', '\t', '\r']);
const separators = new Set([';', '&', '|', '(', ')']);

/**
 * Splits shell text into simple commands and their words, keeping each word's position. Comments and heredoc
 * bodies are skipped; command substitutions (`$(…)`, backticks) are commands of their own. An unterminated quote
 * is an error at the quote, and ends the text.
 */
export function lexShell(text: string, options: LexOptions = {}): LexResult {
  const lexer = new Lexer(text, options);
  lexer.run(0, text.length);
  return { commands: lexer.commands, errors: lexer.errors };
}

class Lexer {
  readonly commands: ShellCommand[] = [];
  readonly errors: ParseError[] = [];
  private readonly lineStarts: number[] = [0];
  private readonly baseLine: number;
  private readonly baseColumn: number;

  constructor(
    private readonly text: string,
    private readonly options: LexOptions,
  ) {
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1))
      this.lineStarts.push(index + 1);
    this.baseLine = options.line ?? 1;
    this.baseColumn = options.column ?? 1;
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    const column = offset - (this.lineStarts[low] ?? 0) + 1;
    return { line: this.baseLine + low, column: low === 0 ? column + this.baseColumn - 1 : column };
  }

  /** Lexes text[start, end) into commands; returns false when an unterminated quote stopped it. */
  run(start: number, end: number): boolean {
    const state: CommandState = { words: [], wordStart: -1, unknown: false, skipNext: false, heredocs: [] };
    let index = start;
    while (index < end) {
      const char = this.text[index] ?? '';
      if (state.wordStart < 0) {
        if (blank.has(char)) {
          index += 1;
          continue;
        }
        if (char === '#') {
          index = this.lineEnd(index, end);
          continue;
        }
        if (char === '\n') {
          index = this.newline(state, index, end);
          continue;
        }
        if (char === '\\' && this.text[index + 1] === '\n') {
          index += 2;
          continue;
        }
        if (separators.has(char)) {
          this.endCommand(state);
          index += 1;
          continue;
        }
        if (char === '<' || char === '>') {
          index = this.redirection(state, index, end);
          continue;
        }
        state.wordStart = index;
        state.unknown = false;
      }
      const next = this.inWord(state, index, end);
      if (next < 0) return false;
      index = next;
    }
    this.endWord(state, end);
    this.endCommand(state);
    return true;
  }

  private lineEnd(index: number, end: number): number {
    const newline = this.text.indexOf('\n', index);
    return newline < 0 || newline > end ? end : newline;
  }

  private newline(state: CommandState, index: number, end: number): number {
    if (this.options.newlineIsBlank === true && state.heredocs.length === 0) return index + 1;
    this.endCommand(state);
    let at = index + 1;
    for (const heredoc of state.heredocs.splice(0)) at = this.skipHeredoc(heredoc, at, end);
    return at;
  }

  private skipHeredoc(heredoc: PendingHeredoc, start: number, end: number): number {
    let at = start;
    while (at < end) {
      const lineEnd = this.lineEnd(at, end);
      const line = this.text.slice(at, lineEnd);
      at = lineEnd + 1;
      const candidate = heredoc.stripTabs ? line.replace(/^\t+/, '') : line;
      if (candidate.trimEnd() === heredoc.delimiter) break;
    }
    return Math.min(at, end);
  }

  /** `>file`, `2>&1`, `<<EOF`: the operator and its target are not arguments. */
  private redirection(state: CommandState, index: number, end: number): number {
    let at = index;
    while (at < end && '<>&|'.includes(this.text[at] ?? '')) at += 1;
    const operator = this.text.slice(index, at);
    if (operator.startsWith('<<') && !operator.startsWith('<<<')) {
      const stripTabs = this.text[at] === '-';
      if (stripTabs) at += 1;
      while (at < end && blank.has(this.text[at] ?? '')) at += 1;
      const match = /^(["']?)([A-Za-z0-9_.-]+)\1/.exec(this.text.slice(at, Math.min(end, at + 200)));
      if (match !== null) {
        state.heredocs.push({ delimiter: match[2] ?? '', stripTabs });
        return at + match[0].length;
      }
    }
    if (operator.endsWith('&') && /[\d-]/.test(this.text[at] ?? '')) {
      while (at < end && /[\d-]/.test(this.text[at] ?? '')) at += 1;
      return at;
    }
    state.skipNext = true;
    return at;
  }

  /** Reads one character (or quoted run) of the current word; returns the next index, or -1 after an error. */
  private inWord(state: CommandState, index: number, end: number): number {
    const char = this.text[index] ?? '';
    if (blank.has(char) || char === '\n' || separators.has(char) || char === '<' || char === '>') {
      if ((char === '<' || char === '>') && /^\d+$/.test(this.text.slice(state.wordStart, index))) {
        state.wordStart = -1;
        return this.redirection(state, index, end);
      }
      this.endWord(state, index);
      return index;
    }
    // An escaped character, or a line continuation inside the word (removed from `raw`).
    if (char === '\\') return index + 2;
    if (char === "'") return this.closeQuote(index, end, "'");
    if (char === '"') return this.doubleQuoted(state, index, end);
    if (char === '`') {
      state.unknown = true;
      return this.substitution(index, end, '`');
    }
    if (char === '$') return this.dollar(state, index, end);
    return index + 1;
  }

  private closeQuote(index: number, end: number, quote: string): number {
    const close = this.text.indexOf(quote, index + 1);
    if (close < 0 || close >= end) return this.unterminated(index, quote);
    return close + 1;
  }

  private unterminated(index: number, quote: string): number {
    const { line, column } = this.position(index);
    this.errors.push({
      line,
      column,
      message: `unterminated ${quote} quote: the rest of the text was not read`,
    });
    return -1;
  }

  private doubleQuoted(state: CommandState, index: number, end: number): number {
    let at = index + 1;
    while (at < end) {
      const char = this.text[at];
      if (char === '"') return at + 1;
      if (char === '\\') at += 2;
      else if (char === '$') {
        at = this.dollar(state, at, end);
        if (at < 0) return -1;
      } else if (char === '`') {
        state.unknown = true;
        at = this.substitution(at, end, '`');
        if (at < 0) return -1;
      } else at += 1;
    }
    return this.unterminated(index, '"');
  }

  private dollar(state: CommandState, index: number, end: number): number {
    const next = this.text[index + 1] ?? '';
    if (this.options.make === true) {
      // `$$` hands the shell a `$`; anything else after `$` is a make reference.
      if (next === '$') return this.shellDollar(state, index + 1, end);
      state.unknown = true;
      if (next === '(' || next === '{') return this.balanced(index + 1, end, next, next === '(' ? ')' : '}');
      return Math.min(index + 2, end);
    }
    return this.shellDollar(state, index, end);
  }

  private shellDollar(state: CommandState, index: number, end: number): number {
    const next = this.text[index + 1] ?? '';
    if (next === '(') {
      state.unknown = true;
      return this.substitution(index + 1, end, ')');
    }
    if (next === '{') {
      state.unknown = true;
      return this.balanced(index + 1, end, '{', '}');
    }
    if (/[A-Za-z0-9_@*#?$!-]/.test(next)) {
      state.unknown = true;
      let at = index + 1;
      if (/[A-Za-z_]/.test(next)) while (at < end && /\w/.test(this.text[at] ?? '')) at += 1;
      else at += 1;
      return at;
    }
    return index + 1;
  }

  private balanced(open: number, end: number, opener: string, closer: string): number {
    let depth = 0;
    for (let at = open; at < end; at += 1) {
      const char = this.text[at];
      if (char === opener) depth += 1;
      else if (char === closer) {
        depth -= 1;
        if (depth === 0) return at + 1;
      } else if (char === "'" || char === '"') {
        const close = this.text.indexOf(char, at + 1);
        if (close < 0 || close >= end) return this.unterminated(at, char);
        at = close;
      }
    }
    return this.unterminated(open, opener);
  }

  /** `$( … )` or backticks: the inside is lexed as commands of its own (`id=$(docker run -d …)`). */
  private substitution(open: number, end: number, closer: string): number {
    const close = closer === '`' ? this.text.indexOf('`', open + 1) : this.balanced(open, end, '(', ')') - 1;
    if (close < 0 || close >= end) return closer === '`' ? this.unterminated(open, '`') : -1;
    if (!this.run(open + 1, close)) return -1;
    return close + 1;
  }

  private endWord(state: CommandState, end: number): void {
    if (state.wordStart < 0) return;
    const start = state.wordStart;
    state.wordStart = -1;
    if (state.skipNext) {
      state.skipNext = false;
      return;
    }
    const from = this.position(start);
    const to = this.position(end);
    state.words.push({
      raw: this.text.slice(start, end).replace(/\\\n/g, ''),
      unknown: state.unknown,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
    });
  }

  private endCommand(state: CommandState): void {
    state.skipNext = false;
    if (state.words.length > 0) this.commands.push(state.words.splice(0));
  }
}

interface CommandState {
  words: ShellWord[];
  wordStart: number;
  unknown: boolean;
  /** The next word is a redirection target. */
  skipNext: boolean;
  heredocs: PendingHeredoc[];
}
