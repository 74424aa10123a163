import type { Severity, Violation } from '../../core/index.js';
import type { ImageHistoryEntry, ImageView } from '../../sources/index.js';
import { findSecret, findSecretInValue, maskSecret } from '../../secrets/index.js';
import { defineRule } from '../define-rule.js';
import type { HistoryStep, RecordedValue } from './image-utils/history.js';
import { assignments, parseHistoryStep } from './image-utils/history.js';
import { imageKinds } from './image-utils/violations.js';

type MessageId = 'buildArg' | 'argDefault' | 'overriddenEnv' | 'command';

const assignmentWord = /^(?<name>[A-Za-z_]\w*)=(?<value>.*)$/;

interface Found {
  name: string;
  what: string;
  masked: string;
  severity?: Severity;
}

function judge(name: string, value: string): Found | undefined {
  const match = findSecret(name, value);
  if (match === undefined) return undefined;
  const byValue = match.by === 'value';
  return {
    name,
    what: byValue ? `a ${match.description}` : 'a literal secret',
    masked: maskSecret(value.trim()),
    ...(byValue ? { severity: 'critical' } : {}),
  };
}

function firstSecret(values: readonly RecordedValue[]): Found | undefined {
  for (const { name, value } of values) {
    const found = judge(name, value);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A credential written on the RUN command line: `NAME=value` words by name and value, other words by value. */
function commandSecret(script: string): Found | undefined {
  for (const word of script.split(/[\s'"]+/)) {
    const groups = assignmentWord.exec(word)?.groups;
    const value = groups?.['value'];
    if (groups !== undefined && value !== undefined && !value.includes('$')) {
      const found = judge(groups['name'] ?? '', value);
      if (found !== undefined) return found;
      continue;
    }
    const match = findSecretInValue(word);
    if (match !== undefined)
      return { name: '', what: `a ${match.description}`, masked: maskSecret(word), severity: 'critical' };
  }
  return undefined;
}

/** ENV values the configuration still holds are IM003's; an overridden value survives only in the history. */
function overriddenEnv(step: HistoryStep, env: readonly string[]): Found | undefined {
  const current = new Set(env);
  return firstSecret(
    assignments(step.text, true).filter((each) => !current.has(`${each.name}=${each.value}`)),
  );
}

function stepSecret(step: HistoryStep, view: ImageView): { messageId: MessageId; found: Found } | undefined {
  const buildArg = firstSecret(step.buildArgs);
  if (buildArg !== undefined) return { messageId: 'buildArg', found: buildArg };
  if (step.keyword === 'ARG') {
    const found = firstSecret(assignments(step.text));
    return found === undefined ? undefined : { messageId: 'argDefault', found };
  }
  if (step.keyword === 'ENV') {
    const found = overriddenEnv(step, view.config.env);
    return found === undefined ? undefined : { messageId: 'overriddenEnv', found };
  }
  if (step.keyword !== 'RUN') return undefined;
  const found = commandSecret(step.text);
  return found === undefined ? undefined : { messageId: 'command', found };
}

function violationFor(entry: ImageHistoryEntry, messageId: MessageId, found: Found): Violation<MessageId> {
  return {
    messageId,
    data: { name: found.name, what: found.what, masked: found.masked },
    path: ['history', entry.index, 'created_by'],
    ...(entry.layer === undefined ? {} : { layer: entry.layer }),
    ...(found.severity === undefined ? {} : { severity: found.severity }),
  };
}

export const imageSecretInHistory = defineRule({
  id: 'IM004',
  slug: 'image-secret-in-history',
  title: 'Secret recorded in the image history',
  severity: 'high',
  domain: 'image',
  target: 'image',
  appliesTo: imageKinds,
  rationale:
    'Builders record every step in the image history: the `--build-arg` values a RUN saw (`|1 TOKEN=… /bin/sh ' +
    '-c …`), ARG defaults, ENV values later overridden, and whole RUN command lines. Anyone who can pull the ' +
    'image reads them with `docker history --no-trunc`. High for a literal under a secret-looking name; critical ' +
    'when the value itself is a recognisable credential.',
  remediation:
    'Pass build-time secrets with `RUN --mount=type=secret,id=<id>` and `docker build --secret`, never with ' +
    '`--build-arg`, ARG defaults or ENV; rebuild the image and rotate the exposed credential.',
  references: {
    cis: ['docker-1.6:4.10'],
    hadolint: ['DL3064'],
    trivy: ['DS-0031'],
    mitre: ['T1552.001'],
    urls: ['Dockle CIS-DI-0010', 'https://docs.docker.com/build/building/secrets/'],
  },
  messages: {
    buildArg: 'build argument {{name}} passed {{what}} to a RUN, recorded in the history: {{masked}}',
    argDefault: 'ARG {{name}} defaults to {{what}}, recorded in the history: {{masked}}',
    overriddenEnv:
      'ENV {{name}} once held {{what}}; a later step changed it, but the history still records it: {{masked}}',
    command: 'a RUN command line holds {{what}}, recorded in the history: {{masked}}',
  },
  *check(view) {
    for (const entry of view.history) {
      const found = stepSecret(parseHistoryStep(entry.createdBy), view);
      if (found !== undefined) yield violationFor(entry, found.messageId, found.found);
    }
  },
});
