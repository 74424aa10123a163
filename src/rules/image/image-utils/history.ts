import { z } from 'zod';
import { dockerfileKeywords } from '../../../sources/dockerfile/parse.js';

/** A build argument value recorded in front of a RUN (`|2 TOKEN=abc VERSION=1 /bin/sh -c …`). */
export interface RecordedValue {
  name: string;
  value: string;
}

/** One history `created_by`, read back into the Dockerfile step that wrote it. */
export interface HistoryStep {
  /** The instruction (`RUN`, `ADD`, `ARG`, `ENV`, …); undefined when the text does not come from a Dockerfile. */
  keyword?: string;
  /** What follows the keyword, without BuildKit's `# buildkit` marker; for RUN, the shell script. */
  text: string;
  /** Build arguments the RUN saw, as the builder recorded them. */
  buildArgs: readonly RecordedValue[];
}

// A history step of the image's own build never starts with FROM; a Dockerfile keyword otherwise.
const keywords: ReadonlySet<string> = new Set(dockerfileKeywords.filter((keyword) => keyword !== 'FROM'));

const buildkitMarker = /\s*#\s*buildkit\s*$/;
const instruction = /^(?<keyword>[A-Z]+)(?:\s+(?<rest>[\s\S]*))?$/;
const nop = /^#\(nop\)\s*/;
const argCount = /^\|(?<count>\d+)\s+/;
const assignmentStart = /^(?<name>[A-Za-z_]\w*)=/;
const nextAssignment = /\s+[A-Za-z_]\w*=/g;
const shellName = /^(?:.*\/)?(?:sh|bash|ash|dash|zsh|ksh|mksh)$/;
const windowsShell = /^(?:.*[\\/])?(?:cmd|cmd\.exe|powershell|powershell\.exe|pwsh)$/i;
const scriptOption = /^-[A-Za-z]*c$|^\/[cC]$|^-[Cc]ommand$/;

/** `|N A=1 B=2 rest`: the N values, then the rest. Values cannot be told apart from spaces, so each ends at one. */
function splitRecordedArgs(text: string): { values: RecordedValue[]; rest: string } {
  const count = Number(argCount.exec(text)?.groups?.['count'] ?? 0);
  let rest = text.replace(argCount, '');
  const values: RecordedValue[] = [];
  for (let index = 0; index < count; index += 1) {
    const name = assignmentStart.exec(rest)?.groups?.['name'];
    if (name === undefined) break;
    rest = rest.slice(name.length + 1);
    let end = rest.search(/\s/);
    if (index < count - 1) {
      nextAssignment.lastIndex = 0;
      const next = nextAssignment.exec(rest);
      if (next !== null) end = next.index;
    }
    const cut = end < 0 ? rest.length : end;
    values.push({ name, value: rest.slice(0, cut) });
    rest = rest.slice(cut).trimStart();
  }
  return { values, rest };
}

/** The script after `/bin/sh -c`, `/bin/bash -o pipefail -c`, `cmd /S /C` or `powershell -Command`. */
export function shellScript(command: string): string | undefined {
  const words = command.split(/(\s+)/);
  const program = words[0] ?? '';
  if (!shellName.test(program) && !windowsShell.test(program)) return undefined;
  let consumed = program.length;
  for (let index = 2; index < words.length && index <= 14; index += 2) {
    const word = words[index] ?? '';
    consumed += (words[index - 1] ?? '').length + word.length;
    if (scriptOption.test(word)) return command.slice(consumed).replace(/^\s+/, '');
    if (!/^[-+/]/.test(word) && word !== 'pipefail') return undefined;
  }
  return undefined;
}

/** BuildKit keeps RUN flags in the history: `RUN --mount=type=secret,id=npm /bin/sh -c npm ci`. */
const runFlags = /^(?:--[a-z-]+(?:=\S*)?\s+)+/;

function runStep(text: string): HistoryStep {
  const { values, rest } = argCount.test(text) ? splitRecordedArgs(text) : { values: [], rest: text };
  const withoutFlags = rest.replace(runFlags, '');
  const command = parseExecForm(withoutFlags) ?? withoutFlags;
  return { keyword: 'RUN', text: shellScript(command) ?? command, buildArgs: values };
}

const execFormWords = z.array(z.string());

/** `["/bin/sh", "-c", "make"]` as one command line; undefined when the text is not a JSON array of strings. */
function parseExecForm(text: string): string | undefined {
  if (!text.startsWith('[')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const words = execFormWords.safeParse(parsed);
  return words.success ? words.data.join(' ') : undefined;
}

/**
 * Reads a history `created_by` in the forms builders write: the classic builder's `/bin/sh -c #(nop)  ADD …` and
 * `|1 TOKEN=x /bin/sh -c make`, and BuildKit's `RUN |1 TOKEN=x /bin/sh -c make # buildkit` and `ARG TOKEN=x`.
 */
export function parseHistoryStep(createdBy: string): HistoryStep {
  const text = createdBy.trim().replace(buildkitMarker, '');
  if (argCount.test(text)) return runStep(text);
  const script = shellScript(text);
  if (script !== undefined) {
    if (!nop.test(script)) return { keyword: 'RUN', text: script, buildArgs: [] };
    const groups = instruction.exec(script.replace(nop, '').trim())?.groups;
    const keyword = groups?.['keyword'];
    if (keyword !== undefined && keywords.has(keyword))
      return { keyword, text: groups?.['rest']?.trim() ?? '', buildArgs: [] };
    return { text: script, buildArgs: [] };
  }
  const groups = instruction.exec(text)?.groups;
  const keyword = groups?.['keyword'];
  if (keyword === undefined || !keywords.has(keyword)) return { text, buildArgs: [] };
  const rest = groups?.['rest']?.trim() ?? '';
  return keyword === 'RUN' ? runStep(rest) : { keyword, text: rest, buildArgs: [] };
}

const pair = /(?<name>[A-Za-z_][\w.-]*)=(?<value>"(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g;

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]))
    return value.slice(1, -1).replace(/\\(.)/g, '$1');
  return value;
}

/** `A=1 B="two words"` of an ENV or ARG step; with `legacyForm`, also `ENV NAME value`. */
export function assignments(text: string, legacyForm = false): RecordedValue[] {
  const found = [...text.matchAll(pair)].map((match) => ({
    name: match.groups?.['name'] ?? '',
    value: unquote(match.groups?.['value'] ?? ''),
  }));
  if (found.length > 0 || !legacyForm) return found;
  const legacy = /^(?<name>[A-Za-z_][\w.-]*)\s+(?<value>\S[\s\S]*)$/.exec(text)?.groups;
  return legacy === undefined ? [] : [{ name: legacy['name'] ?? '', value: legacy['value']?.trim() ?? '' }];
}
