import type { ParseError } from '../../shared/parse-result.js';
import { parseYamlDocuments } from '../../yaml/parse-documents.js';
import type { DockerContainerView } from '../view.js';
import { findRunInvocation } from './find-run.js';
import { runLineView } from './run-view.js';
import type { ScriptFormat, ScriptPiece } from './script-text.js';
import { jenkinsSteps, makeRecipes, scriptFormatOf } from './script-text.js';
import type { ShellCommand } from './shell-lexer.js';
import { lexShell } from './shell-lexer.js';
import { ciYamlScripts } from './yaml-scripts.js';

export interface RunLinesResult {
  /** One view per `docker run` / `docker create` / `podman run` command, in file order. */
  views: DockerContainerView[];
  /** Input the commands could not be read from (an unterminated quote), with line and column. */
  errors: ParseError[];
  /** Options that were not recognised and were passed over. */
  notes: ParseError[];
}

/** A cheap test before any parsing: most scripts never mention a container engine. */
export function mentionsContainerEngine(text: string): boolean {
  return /\b(?:docker|podman)\b/.test(text);
}

function byPosition(a: ShellCommand, b: ShellCommand): number {
  const first = a[0];
  const second = b[0];
  return (first?.line ?? 0) - (second?.line ?? 0) || (first?.column ?? 0) - (second?.column ?? 0);
}

/** The containers the given shell pieces of one file run. */
export function containerViewsFromScripts(pieces: readonly ScriptPiece[], file: string): RunLinesResult {
  const result: RunLinesResult = { views: [], errors: [], notes: [] };
  const commands: ShellCommand[] = [];
  for (const piece of pieces) {
    const lexed = lexShell(piece.text, piece.options);
    commands.push(...lexed.commands);
    result.errors.push(...lexed.errors);
  }
  commands.sort(byPosition);
  for (const command of commands) {
    const invocation = findRunInvocation(command);
    if (invocation === undefined) continue;
    const { view, notes } = runLineView(invocation, file);
    result.views.push(view);
    result.notes.push(...notes);
  }
  return result;
}

function piecesOf(text: string, format: ScriptFormat): { pieces: ScriptPiece[]; errors: ParseError[] } {
  switch (format) {
    case 'make':
      return { pieces: [makeRecipes(text)], errors: [] };
    case 'jenkins':
      return { pieces: [jenkinsSteps(text)], errors: [] };
    case 'ci-yaml': {
      const parsed = parseYamlDocuments(text);
      return { pieces: ciYamlScripts(parsed.documents, text), errors: parsed.errors };
    }
    case 'shell':
      return { pieces: [{ text, options: {} }], errors: [] };
  }
}

/**
 * The containers that `docker run` (and `docker create`, `docker container run`, `podman run`) lines in a shell
 * script, Makefile, Jenkinsfile or CI pipeline YAML start. The format comes from the file name (a shell script
 * unless it is one of the others). Settings point at the option's line and column.
 */
export function containerViewsFromRunLines(text: string, file: string): RunLinesResult {
  if (!mentionsContainerEngine(text)) return { views: [], errors: [], notes: [] };
  const { pieces, errors } = piecesOf(text, scriptFormatOf(file));
  const result = containerViewsFromScripts(pieces, file);
  return { ...result, errors: [...errors, ...result.errors] };
}
