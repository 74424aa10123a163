import type { FieldPath } from '../../../core/index.js';
import type { DockerfileView, InstructionView, StageView } from '../../../sources/index.js';

export function finalStage(view: DockerfileView): StageView | undefined {
  return view.stages.at(-1);
}

/** The earlier stage a name refers to: an alias (case-insensitive) or a stage index, as `COPY --from` accepts. */
export function stageNamed(view: DockerfileView, name: string, before: number): StageView | undefined {
  const wanted = name.toLowerCase();
  for (const stage of view.stages.slice(0, before)) {
    if (stage.from.alias?.toLowerCase() === wanted || String(stage.index) === wanted) return stage;
  }
  return undefined;
}

/** The stage a `FROM <alias>` builds on, when it builds on an earlier stage rather than an image. */
export function parentStage(view: DockerfileView, stage: StageView): StageView | undefined {
  if (!stage.from.isStageReference) return undefined;
  const wanted = stage.from.image.toLowerCase();
  return view.stages
    .slice(0, stage.index)
    .reverse()
    .find((candidate) => candidate.from.alias?.toLowerCase() === wanted);
}

/** The stage and the stages it inherits from, nearest first (`FROM base AS app` → app, base). */
export function stageLineage(view: DockerfileView, stage: StageView): StageView[] {
  const lineage: StageView[] = [];
  for (
    let current: StageView | undefined = stage;
    current !== undefined;
    current = parentStage(view, current)
  ) {
    if (lineage.includes(current)) break;
    lineage.push(current);
  }
  return lineage;
}

/** Stages whose files end up in the final image: the final stage and the stages it builds on. */
export function shippedStages(view: DockerfileView): Set<number> {
  const last = finalStage(view);
  return new Set(last === undefined ? [] : stageLineage(view, last).map((stage) => stage.index));
}

/** `stages[1].instructions[3]`; `globalArgs[0]` for an ARG before the first FROM, `instructions[i]` for others. */
export function instructionPath(view: DockerfileView, instruction: InstructionView): FieldPath {
  const stage = view.stages[instruction.stageIndex];
  if (stage === undefined) {
    const argIndex = view.globalArgs.indexOf(instruction);
    return argIndex >= 0
      ? ['globalArgs', argIndex]
      : ['instructions', view.instructions.indexOf(instruction)];
  }
  return ['stages', stage.index, 'instructions', stage.instructions.indexOf(instruction)];
}

const windowsSegments = new Set(['windows', 'nanoserver', 'servercore', 'windowsservercore']);

/** Windows base images run RUN through `cmd` unless SHELL says otherwise. */
export function isWindowsStage(view: DockerfileView, stage: StageView): boolean {
  const { from } = stageLineage(view, stage).at(-1) ?? stage;
  const segments = from.repository.toLowerCase().split('/');
  return (
    segments.some((segment) => windowsSegments.has(segment)) ||
    /nanoserver|servercore|ltsc20\d\d/i.test(from.tag ?? '')
  );
}

/** Strips one pair of surrounding quotes, as the builder does for WORKDIR, USER and paths. */
export function unquote(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length >= 2 && (trimmed[0] === '"' || trimmed[0] === "'") && trimmed.at(-1) === trimmed[0])
    return trimmed.slice(1, -1);
  return trimmed;
}

/** A value the build or the shell fills in (`$VAR`, `${VAR}`, `$(cmd)`): the rules cannot know it. */
export function hasVariable(text: string): boolean {
  return /\$(?:\{|\(|[A-Za-z_])|`/.test(text);
}
