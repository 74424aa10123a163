import type { FieldPath } from '../../../core/index.js';
import type { YamlDocument } from '../../yaml/document.js';
import type { ScriptPiece } from './script-text.js';

/**
 * Keys whose string (or list of strings) is a shell script: GitHub Actions and CircleCI `run` (CircleCI also
 * `run.command`), GitLab `script` / `before_script` / `after_script`, Azure Pipelines `script` and `bash`.
 */
const scriptKeys = new Set(['run', 'script', 'before_script', 'after_script', 'command', 'bash']);

function scriptPaths(value: unknown, path: FieldPath, out: { path: FieldPath; text: string }[]): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) scriptPaths(item, [...path, index], out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    const childPath = [...path, key];
    if (scriptKeys.has(key) && typeof child === 'string') out.push({ path: childPath, text: child });
    else if (scriptKeys.has(key) && Array.isArray(child)) {
      for (const [index, item] of child.entries())
        if (typeof item === 'string') out.push({ path: [...childPath, index], text: item });
        else scriptPaths(item, [...childPath, index], out);
    } else scriptPaths(child, childPath, out);
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1))
    starts.push(index + 1);
  return starts;
}

function indentOf(lineText: string): number {
  return lineText.length - lineText.trimStart().length;
}

/** Where a block scalar whose header is on `headerLine` ends: at the first non-blank line indented no deeper. */
function blockEnd(text: string, lineStarts: readonly number[], headerLine: number): number {
  const lineAt = (line: number): string =>
    text.slice(lineStarts[line - 1] ?? text.length, (lineStarts[line] ?? text.length + 1) - 1);
  const headerIndent = indentOf(lineAt(headerLine));
  let line = headerLine + 1;
  while (line <= lineStarts.length) {
    const content = lineAt(line);
    if (content.trim() !== '' && indentOf(content) <= headerIndent) break;
    line += 1;
  }
  return lineStarts[line - 1] ?? text.length;
}

/**
 * A block scalar's lines as they stand in the file (indentation is blank to the shell, so columns stay true); a
 * folded one (`>`) joins its lines. Other scalars keep their value at the scalar's position: exact for plain
 * one-line scripts, the right line otherwise.
 */
function pieceOf(text: string, lineStarts: readonly number[], script: string, start: number): ScriptPiece {
  const offset = start;
  const { line, column } = positionOf(lineStarts, offset);
  const indicator = text[offset];
  if (indicator === '|' || indicator === '>') {
    const from = lineStarts[line] ?? text.length;
    const to = blockEnd(text, lineStarts, line);
    return {
      text: text.slice(from, to),
      options: { line: line + 1, column: 1, newlineIsBlank: indicator === '>' },
    };
  }
  const quoted = indicator === '"' || indicator === "'";
  return { text: script, options: { line, column: quoted ? column + 1 : column } };
}

function positionOf(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let line = 1;
  while (line < lineStarts.length && (lineStarts[line] ?? Infinity) <= offset) line += 1;
  return { line, column: offset - (lineStarts[line - 1] ?? 0) + 1 };
}

/** A mapping entry is located at its key; its value starts after the colon and the blanks that follow it. */
function valueStart(text: string, offset: number, key: string | number | undefined): number {
  if (typeof key !== 'string' || !text.startsWith(key, offset)) return offset;
  let at = offset + key.length;
  while (text[at] === ' ' || text[at] === '\t') at += 1;
  if (text[at] !== ':') return offset;
  at += 1;
  while (text[at] === ' ' || text[at] === '\t') at += 1;
  return at;
}

/** The shell scripts of a CI pipeline's parsed YAML documents, each cut from the file text at its own position. */
export function ciYamlScripts(documents: readonly YamlDocument[], text: string): ScriptPiece[] {
  const lineStarts = lineStartsOf(text);
  const pieces: ScriptPiece[] = [];
  for (const document of documents) {
    const found: { path: FieldPath; text: string }[] = [];
    scriptPaths(document.value, [], found);
    for (const script of found) {
      if (!/\b(?:docker|podman)\b/.test(script.text)) continue;
      const { range } = document.locate(script.path);
      const located = (lineStarts[range.startLine - 1] ?? 0) + range.startColumn - 1;
      const start = valueStart(text, located, script.path[script.path.length - 1]);
      pieces.push(pieceOf(text, lineStarts, script.text, start));
    }
  }
  return pieces;
}
