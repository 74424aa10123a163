import type { InstructionView, PropertyView } from '../../sources/index.js';
import { findSecret, findSecretInValue, isSecretLikeName, maskSecret } from '../../secrets/index.js';
import { defineRule } from '../define-rule.js';
import { splitAssignment } from './dockerfile-utils/command-args.js';
import type { RunCommand } from './dockerfile-utils/run-commands.js';
import { runCommands } from './dockerfile-utils/run-commands.js';
import { hasVariable, instructionPath } from './dockerfile-utils/stages.js';
import { violationAt } from './dockerfile-utils/violation.js';

type MessageId = 'secretValue' | 'secretArg' | 'secretEnvFromArg' | 'secretInRun';

/** A default like `true` or `8` under a name such as `USE_TOKEN` is a switch, not a credential. */
const switchValue = /^(?:true|false|yes|no|on|off|\d+)$/i;
const assignmentWord = /^[A-Za-z_]\w*=/;
const nameReference = /\$\{?(?<name>[A-Za-z_]\w*)/g;

/** Names the value reads (`$NAME`, `${NAME}`, `${NAME:-x}`). */
function referencedNames(value: string): string[] {
  return [...value.matchAll(nameReference)].map((match) => match.groups?.['name'] ?? '');
}

/** What one ARG or ENV pair reveals, if anything. `buildArgs` are the ARG names of the Dockerfile. */
function judgeProperty(
  keyword: string,
  property: PropertyView,
  buildArgs: ReadonlySet<string>,
): { messageId: MessageId; data: Record<string, string>; critical: boolean } | undefined {
  const { name, value } = property;
  if (value !== null) {
    const match = findSecret(name, value);
    if (match !== undefined)
      return {
        messageId: 'secretValue',
        data: { keyword, name, description: match.description, masked: maskSecret(value) },
        critical: match.by === 'value',
      };
  }
  if (!isSecretLikeName(name)) return undefined;
  if (keyword === 'ARG' && (value === null || !switchValue.test(value.trim())))
    return { messageId: 'secretArg', data: { name }, critical: false };
  // ENV TOKEN=$TOKEN writes the build argument's value into the image configuration for good.
  if (keyword === 'ENV' && value !== null && referencedNames(value).some((each) => buildArgs.has(each)))
    return { messageId: 'secretEnvFromArg', data: { name, value }, critical: false };
  return undefined;
}

/** What one word of a command line reveals: `NAME=value` is judged by name and value, other words by value. */
function wordSecret(word: string): { description: string; masked: string } | undefined {
  const assignment = assignmentWord.test(word) ? splitAssignment(word) : undefined;
  const match =
    assignment === undefined || hasVariable(assignment.value)
      ? findSecretInValue(word)
      : findSecret(assignment.name, assignment.value);
  return match === undefined
    ? undefined
    : { description: match.description, masked: maskSecret(assignment?.value ?? word) };
}

/** Credentials written on a RUN command line: they stay in the image history. */
function runSecret(command: RunCommand): { description: string; masked: string } | undefined {
  for (const word of command.assignments) {
    const found = wordSecret(word);
    if (found !== undefined) return found;
  }
  for (const word of command.args) {
    // A shell's -c script is read again as nested commands; reading it here too would report the secret twice.
    if (word === command.inlineScript) continue;
    const found = wordSecret(word);
    if (found !== undefined) return found;
  }
  return undefined;
}

function propertyInstructions(instructions: readonly InstructionView[]): InstructionView[] {
  return instructions.filter((instruction) => instruction.keyword === 'ARG' || instruction.keyword === 'ENV');
}

export const secretInBuildInstructions = defineRule({
  id: 'DF002',
  slug: 'secret-in-build-instructions',
  title: 'Secret in ARG, ENV or RUN',
  severity: 'high',
  domain: 'dockerfile',
  target: 'dockerfile',
  appliesTo: ['Dockerfile'],
  rationale:
    'ENV values are stored in the image configuration, and ARG values and RUN command lines are recorded in the ' +
    'image history. Anyone who can pull the image can read them, long after the build.',
  remediation:
    'Pass build-time secrets with `RUN --mount=type=secret,id=<id>` (optionally `env=<NAME>`) and `docker build ' +
    '--secret`, and give runtime secrets to the container at run time (orchestrator secrets, mounted files).',
  references: {
    hadolint: ['DL3064'],
    trivy: ['DS-0031'],
    cis: ['docker-1.6:4.10'],
    mitre: ['T1552.001'],
    urls: ['https://docs.docker.com/build/building/secrets/'],
  },
  messages: {
    secretValue: '{{keyword}} {{name}} holds a {{description}} ({{masked}}); it is stored in the image',
    secretArg:
      'build argument {{name}} looks like a secret: values given with --build-arg are recorded in the image history',
    secretEnvFromArg:
      'ENV {{name}}={{value}} copies a secret-looking build value into the image configuration',
    secretInRun:
      'RUN passes a {{description}} ({{masked}}) on the command line; it is recorded in the image history',
  },
  *check(view) {
    const buildArgs = new Set<string>();
    for (const instruction of view.instructions)
      if (instruction.keyword === 'ARG')
        for (const property of instruction.properties) buildArgs.add(property.name);
    for (const instruction of propertyInstructions(view.instructions)) {
      const path = instructionPath(view, instruction);
      for (const [index, property] of instruction.properties.entries()) {
        const found = judgeProperty(instruction.keyword, property, buildArgs);
        if (found === undefined) continue;
        const propertyPath = [...path, 'properties', index];
        const severity = found.critical ? 'critical' : undefined;
        yield violationAt(found.messageId, found.data, property.range, propertyPath, severity);
      }
    }
    for (const command of runCommands(view)) {
      const found = runSecret(command);
      if (found !== undefined)
        yield violationAt('secretInRun', found, command.range, command.path, 'critical');
    }
  },
});
