import type { Rule } from '../core/index.js';
import type { ViewByTarget } from '../sources/index.js';

export type RuleTargetName = keyof ViewByTarget;

export type TargetedRule<T extends RuleTargetName, MessageId extends string = string> = Rule<
  ViewByTarget[T],
  MessageId
> & { target: T };

/** Any registered rule; the engine narrows it by `target` to hand over the right view. */
export type AnyRule = { [T in RuleTargetName]: TargetedRule<T> }[RuleTargetName];

/** Identity helper that infers the message ids, so `check` can only report ids the rule declares. */
export function defineRule<T extends RuleTargetName, MessageId extends string>(
  rule: TargetedRule<T, MessageId>,
): TargetedRule<T, MessageId> {
  return rule;
}
