import type { LexOptions } from './shell-lexer.js';

/** Shell text cut from a file, with how to read it; positions in it are positions in the file. */
export interface ScriptPiece {
  text: string;
  options: LexOptions;
}

export type ScriptFormat = 'shell' | 'make' | 'jenkins' | 'ci-yaml';

const makefileName = /^(?:GNUmakefile|makefile|Makefile)$|\.mk$/;
const jenkinsName = /^Jenkinsfile(?:\..+)?$|\.jenkinsfile$/i;
const ciYamlPath =
  /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$|(?:^|\/)\.github\/actions\/.+\/action\.ya?ml$|(?:^|\/)\.?gitlab-ci\.ya?ml$|\.gitlab-ci\.ya?ml$|(?:^|\/)\.circleci\/config\.ya?ml$|(?:^|\/)azure-pipelines\.ya?ml$/;

/** CI pipeline YAML whose steps hold shell scripts (GitHub Actions, GitLab CI, CircleCI, Azure Pipelines). */
export function isCiYamlPath(file: string): boolean {
  return ciYamlPath.test(file.replaceAll('\\', '/'));
}

/** How a file holds shell commands, by its name; anything else is read as a shell script. */
export function scriptFormatOf(file: string): ScriptFormat {
  const normalized = file.replaceAll('\\', '/');
  const base = normalized.slice(normalized.lastIndexOf('/') + 1);
  if (makefileName.test(base)) return 'make';
  if (jenkinsName.test(base)) return 'jenkins';
  if (isCiYamlPath(normalized)) return 'ci-yaml';
  return 'shell';
}

function blankOut(line: string): string {
  return line.replace(/[^\r]/g, ' ');
}

const ruleLine = /^[^\s#=:][^=]*?:(?![=:])/;

/**
 * A Makefile's recipes as one shell text of the same shape: every other line (rules, variables, directives) is
 * blanked, and the recipe prefixes `@`, `-`, `+` become blanks.
 */
export function makeRecipes(text: string): ScriptPiece {
  const out: string[] = [];
  let inRule = false;
  let previousRecipe = false;
  let continued = false;
  for (const line of text.split('\n')) {
    let recipe: boolean;
    let kept = line;
    if (continued) recipe = previousRecipe;
    else if (line.startsWith('\t')) recipe = inRule;
    else {
      recipe = false;
      const trimmed = line.trim();
      if (trimmed !== '' && !trimmed.startsWith('#')) inRule = ruleLine.test(line);
      const semicolon = line.indexOf(';');
      if (inRule && semicolon > 0 && ruleLine.test(line.slice(0, semicolon))) {
        recipe = true;
        kept = blankOut(line.slice(0, semicolon + 1)) + line.slice(semicolon + 1);
      }
    }
    if (!recipe) out.push(blankOut(line));
    else if (!continued) out.push(kept.replace(/^(\t?)([@+-]*)/, (prefix) => blankOut(prefix)));
    else out.push(kept);
    continued = /(?<!\\)(?:\\\\)*\\\r?$/.test(line);
    previousRecipe = recipe;
  }
  return { text: out.join('\n'), options: { make: true } };
}

const shStep = /\bsh\s*\(?\s*(?:script\s*:\s*)?('''|"""|'|")/g;

/** The strings of a Jenkinsfile's `sh` steps as one shell text; everything else is blanked. */
export function jenkinsSteps(text: string): ScriptPiece {
  const out: string[] = text.split('').map((char) => (char === '\n' || char === '\r' ? char : ' '));
  for (const match of text.matchAll(shStep)) {
    const quote = match[1] ?? "'";
    const start = match.index + match[0].length;
    const close = text.indexOf(quote, start);
    if (close < 0) continue;
    for (let index = start; index < close; index += 1) out[index] = text[index] ?? ' ';
    // The step ends there even when the next one is on the same line.
    out[close] = ';';
  }
  return { text: out.join(''), options: {} };
}
