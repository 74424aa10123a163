import { defineRule } from '../define-rule.js';
import { positionalArgs } from './dockerfile-utils/command-args.js';
import { aptValueOptions } from './dockerfile-utils/package-managers.js';
import type { RunInstruction } from './dockerfile-utils/run-commands.js';
import { hasCacheMount, runInstructions } from './dockerfile-utils/run-commands.js';
import { shippedStages } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

const listsDirectory = '/var/lib/apt/lists';

function removesLists(run: RunInstruction): boolean {
  return run.commands.some(
    (command) =>
      command.name === 'rm' &&
      command.args.some((arg) => arg.replace(/^["']|["']$/g, '').startsWith(listsDirectory)),
  );
}

export const aptListsNotRemoved = defineRule({
  id: 'DF020',
  slug: 'apt-lists-not-removed',
  title: 'apt lists left in the image',
  severity: 'info',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'The package lists that `apt-get update` downloads are tens of megabytes the container never uses; left in the ' +
    'layer they bloat every pull and keep a stale index in the image.',
  remediation:
    'End the same RUN with `rm -rf /var/lib/apt/lists/*`, or mount a cache: ' +
    '`RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && …`.',
  references: {
    hadolint: ['DL3009'],
  },
  messages: {
    listsKept: 'apt-get update leaves {{directory}} in the layer; remove it in the same RUN',
  },
  *check(view) {
    // Only stages that end up in the final image matter; builder stages are thrown away.
    const shipped = shippedStages(view);
    for (const run of runInstructions(view)) {
      if (!shipped.has(run.stage.index) || hasCacheMount(run, listsDirectory) || removesLists(run)) continue;
      const update = run.commands.find(
        (command) =>
          command.name === 'apt-get' && positionalArgs(command.args, aptValueOptions)[0] === 'update',
      );
      if (update !== undefined)
        yield violationAt('listsKept', { directory: listsDirectory }, update.range, update.path);
    }
  },
});
