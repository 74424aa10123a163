import type { DockerfileView, InstructionView, StageView } from '../../sources/index.js';
import { defineRule } from '../define-rule.js';
import { instructionPath, stageLineage } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `$NAME`, `${NAME}` and `${NAME:-default}`, but not `$NAMEX`. */
function refersTo(value: string, name: string): boolean {
  const escaped = escapeRegExp(name);
  return new RegExp(`\\$(?:\\{${escaped}(?:[}:]|[-+?=])|${escaped}(?![A-Za-z0-9_]))`).test(value);
}

/** Names defined by ARG or ENV before `instruction`: global ARGs, parent stages, then this stage up to it. */
function definedBefore(view: DockerfileView, stage: StageView, instruction: InstructionView): Set<string> {
  const names = new Set<string>();
  const add = (each: InstructionView): void => {
    if (each.keyword === 'ARG' || each.keyword === 'ENV')
      for (const property of each.properties) names.add(property.name);
  };
  for (const arg of view.globalArgs) add(arg);
  const [current, ...parents] = stageLineage(view, stage);
  for (const parent of parents) for (const each of parent.instructions) add(each);
  for (const each of current?.instructions ?? []) {
    if (each === instruction) break;
    add(each);
  }
  return names;
}

export const envSelfReference = defineRule({
  id: 'DF034',
  slug: 'env-self-reference',
  title: 'ENV refers to a variable it defines',
  severity: 'low',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'All values of one ENV are expanded before any of them is set, so `ENV A=1 B=$A` gives B the old (usually ' +
    'empty) value of A, not 1.',
  remediation: 'Split the definitions: `ENV A=1` and then `ENV B=$A` on its own line.',
  references: {
    hadolint: ['DL3044'],
  },
  messages: {
    selfReference:
      'ENV refers to {{names}}, defined in the same ENV; the reference still sees the previous value',
  },
  *check(view) {
    for (const stage of view.stages) {
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'ENV' || instruction.properties.length < 2) continue;
        const known = definedBefore(view, stage, instruction);
        const offending = new Set<string>();
        for (const [index, property] of instruction.properties.entries()) {
          for (const [otherIndex, other] of instruction.properties.entries()) {
            if (otherIndex === index || known.has(property.name)) continue;
            if (refersTo(other.value ?? '', property.name)) offending.add(property.name);
          }
        }
        if (offending.size > 0)
          yield violationAt(
            'selfReference',
            { names: [...offending].join(', ') },
            instruction.range,
            instructionPath(view, instruction),
          );
      }
    }
  },
});
