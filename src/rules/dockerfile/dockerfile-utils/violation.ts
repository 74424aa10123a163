import type { FieldPath, MessageData, Range, Severity, Violation } from '../../../core/index.js';

/**
 * Builds a Dockerfile violation. Typing `data` as MessageData here keeps rules with several messages compiling:
 * object literals with different keys would otherwise widen to optional `undefined` members.
 */
export function violationAt<MessageId extends string>(
  messageId: MessageId,
  data: MessageData,
  range: Range,
  path: FieldPath,
  severity?: Severity,
): Violation<MessageId> {
  return { messageId, data, range, path, ...(severity === undefined ? {} : { severity }) };
}
