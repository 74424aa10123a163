import type { DockerfileView, InstructionView } from '../../sources/index.js';
import { defineRule } from '../define-rule.js';
import { pipInstallArgs } from './dockerfile-utils/package-managers.js';
import type { RunCommand, RunInstruction } from './dockerfile-utils/run-commands.js';
import { runInstructions } from './dockerfile-utils/run-commands.js';
import { stageLineage } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

const truthy = /^(?:1|true|on|yes)$/i;
const cacheDisabledInline = /\bPIP_NO_CACHE_DIR=["']?(?:1|true|on|yes)\b/i;
const pipCacheTarget = /\/\.cache(?:\/pip)?\/?$/;

function disablesCache(instruction: InstructionView): boolean {
  if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') return false;
  return instruction.properties.some(
    (property) => property.name === 'PIP_NO_CACHE_DIR' && truthy.test(property.value?.trim() ?? ''),
  );
}

/** `PIP_NO_CACHE_DIR` set by ENV or ARG earlier in this stage or in a stage it builds on. */
function cacheDisabledBefore(view: DockerfileView, run: RunInstruction): boolean {
  const [current, ...parents] = stageLineage(view, run.stage);
  if (parents.some((stage) => stage.instructions.some(disablesCache))) return true;
  const before = (current?.instructions ?? []).filter(
    (instruction) => instruction.range.startLine < run.instruction.range.startLine,
  );
  return before.some(disablesCache);
}

function keepsCache(command: RunCommand): boolean {
  return pipInstallArgs(command) !== undefined && !command.args.includes('--no-cache-dir');
}

/** A cache mount on pip's cache directory keeps the downloads out of the layer. */
function mountsPipCache(run: RunInstruction): boolean {
  return run.mounts.some((mount) => mount.type === 'cache' && pipCacheTarget.test(mount.target ?? ''));
}

export const pipCacheKept = defineRule({
  id: 'DF033',
  slug: 'pip-cache-kept',
  title: 'pip install keeps its cache',
  severity: 'info',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'pip keeps downloaded packages in its cache directory; inside an image that cache is dead weight in the layer.',
  remediation:
    'Add `--no-cache-dir` to pip install, set `ENV PIP_NO_CACHE_DIR=1`, or mount a cache: ' +
    '`RUN --mount=type=cache,target=/root/.cache/pip pip install …`.',
  references: {
    hadolint: ['DL3042'],
  },
  messages: {
    cacheKept: 'pip install keeps its download cache in the layer; add --no-cache-dir',
  },
  *check(view) {
    for (const run of runInstructions(view)) {
      // Most RUNs run no pip install; the exemptions below only matter for those that do.
      if (!run.commands.some(keepsCache)) continue;
      if (mountsPipCache(run) || cacheDisabledInline.test(run.text)) continue;
      if (cacheDisabledBefore(view, run)) continue;
      for (const command of run.commands)
        if (keepsCache(command)) yield violationAt('cacheKept', {}, command.range, command.path);
    }
  },
});
