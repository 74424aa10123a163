import type { Severity, Violation } from '../../../core/index.js';
import type { NodeView } from '../../../sources/index.js';

/** A kernel parameter and the values that satisfy a rule. */
export interface SysctlExpectation {
  name: string;
  accepts(value: string): boolean;
  expected: string;
  /** When this knob matters less than the rule's default. */
  severity?: Severity;
}

export function sysctlFile(name: string): string {
  return `/proc/sys/${name.replaceAll('.', '/')}`;
}

/** A violation per parameter this kernel has with a value the expectation refuses; absent parameters pass. */
export function* sysctlViolations<MessageId extends string>(
  view: NodeView,
  expectations: readonly SysctlExpectation[],
  messageId: MessageId,
): Generator<Violation<MessageId>> {
  if (!view.sysctls.observed) return;
  for (const expectation of expectations) {
    const value = view.sysctls.value[expectation.name];
    if (value === undefined || expectation.accepts(value)) continue;
    yield {
      messageId,
      data: { name: expectation.name, value, expected: expectation.expected },
      filePath: sysctlFile(expectation.name),
      path: expectation.name.split('.'),
      ...(expectation.severity === undefined ? {} : { severity: expectation.severity }),
    };
  }
}

export function atLeast(minimum: number): (value: string) => boolean {
  return (value) => /^\d+$/.test(value) && Number(value) >= minimum;
}

export function exactly(wanted: string): (value: string) => boolean {
  return (value) => value === wanted;
}
