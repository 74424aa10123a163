import type { FieldPath, MessageData, Violation } from '../../../../core/index.js';
import type { ControlPlaneProcess } from './control-plane.js';
import type { ParsedFlag } from './flags.js';

/** A violation on one flag as written: points at its command/args item. */
export function atFlag<MessageId extends string>(
  instance: ControlPlaneProcess,
  flag: ParsedFlag,
  messageId: MessageId,
  data: MessageData = {},
): Violation<MessageId> {
  return {
    messageId,
    path: instance.pathOf(flag),
    data: { component: instance.component, flag: `--${flag.name}`, value: flag.value, ...data },
  };
}

/** A violation about a flag that is absent: points at the command list the flag belongs in. */
export function atMissingFlag<MessageId extends string>(
  instance: ControlPlaneProcess,
  flag: string,
  messageId: MessageId,
  data: MessageData = {},
): Violation<MessageId> {
  return { messageId, path: instance.listPath, data: { component: instance.component, flag, ...data } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The longest prefix of `path` present in the document: an omitted field is reported on its nearest written
 * parent (the object itself when nothing of it is written).
 */
export function presentPath(document: unknown, path: FieldPath): FieldPath {
  let current: unknown = document;
  const found: (string | number)[] = [];
  for (const step of path) {
    const next = Array.isArray(current)
      ? typeof step === 'number'
        ? current[step]
        : undefined
      : isRecord(current)
        ? current[String(step)]
        : undefined;
    if (next === undefined || next === null) break;
    found.push(step);
    current = next;
  }
  return found;
}
