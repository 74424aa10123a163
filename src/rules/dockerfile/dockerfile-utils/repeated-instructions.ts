import type { DockerfileView } from '../../../sources/index.js';
import type { Violation } from '../../../core/index.js';
import { instructionPath } from './stages.js';
import { violationAt } from './violation.js';

/** Every CMD (or ENTRYPOINT) of a stage after the first one: only the last takes effect. */
export function* repeatedInstructions(
  view: DockerfileView,
  keyword: string,
): Generator<Violation<'repeated'>> {
  for (const stage of view.stages) {
    let previous: number | undefined;
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== keyword) continue;
      if (previous !== undefined)
        yield violationAt(
          'repeated',
          { line: previous },
          instruction.range,
          instructionPath(view, instruction),
        );
      previous = instruction.range.startLine;
    }
  }
}
