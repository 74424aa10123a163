import type { InstructionView } from '../../../sources/index.js';
import { unquote } from './stages.js';

/** Sources of a COPY or ADD: every argument but the destination. Heredoc forms copy inline text, not files. */
export function copySources(instruction: InstructionView): string[] {
  if (instruction.heredocs.length > 0) return [];
  const args = instruction.json ?? instruction.args;
  return args.slice(0, -1).map(unquote);
}

export function flagValue(instruction: InstructionView, name: string): string | undefined {
  const flag = instruction.flags.find((each) => each.name === name);
  return flag === undefined ? undefined : (flag.value ?? '');
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** Git sources ADD can clone (`git@host:repo.git`, `https://host/repo.git#ref`). */
export function isGitSource(source: string): boolean {
  return /^git@|^git:\/\/|\.git(?:#|$)/i.test(source);
}
