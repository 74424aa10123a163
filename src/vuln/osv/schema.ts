import { z } from 'zod';

/**
 * The parts of an OSV record (https://ossf.github.io/osv-schema/) that matching, merging and reporting need.
 * Unknown fields are dropped (details, references, credits), so a record costs little once parsed.
 */

export const rangeTypes = ['SEMVER', 'ECOSYSTEM', 'GIT'] as const;
export type RangeType = (typeof rangeTypes)[number];

export const eventKinds = ['introduced', 'fixed', 'last_affected', 'limit'] as const;
export type EventKind = (typeof eventKinds)[number];

const OsvEventObject = z.object({
  introduced: z.string().min(1).optional(),
  fixed: z.string().min(1).optional(),
  last_affected: z.string().min(1).optional(),
  limit: z.string().min(1).optional(),
});

/** One event as `{kind, version}`: the spec allows exactly one key per event object. */
export const OsvEvent = OsvEventObject.transform((event, context) => {
  const present = eventKinds.filter((kind) => event[kind] !== undefined);
  const [kind] = present;
  if (present.length !== 1 || kind === undefined) {
    context.addIssue({
      code: 'custom',
      message: `an event must have exactly one of ${eventKinds.join(', ')}, found ${present.length}`,
    });
    return z.NEVER;
  }
  return { kind, version: event[kind] ?? '' };
});
export type OsvEvent = z.output<typeof OsvEvent>;

export const OsvRange = z.object({
  type: z.enum(rangeTypes),
  repo: z.string().optional(),
  events: z.array(OsvEvent).min(1),
});
export type OsvRange = z.output<typeof OsvRange>;

export const OsvSeverity = z.object({
  type: z.string(),
  score: z.string(),
});
export type OsvSeverity = z.output<typeof OsvSeverity>;

const JsonObject = z.record(z.string(), z.unknown());

export const OsvPackage = z.object({
  ecosystem: z.string().min(1),
  name: z.string().min(1),
  purl: z.string().optional(),
});
export type OsvPackage = z.output<typeof OsvPackage>;

export const OsvAffected = z.object({
  package: OsvPackage.optional(),
  severity: z.array(OsvSeverity).optional(),
  ranges: z.array(OsvRange).optional(),
  versions: z.array(z.string()).optional(),
  ecosystem_specific: JsonObject.optional(),
  database_specific: JsonObject.optional(),
});
export type OsvAffected = z.output<typeof OsvAffected>;

export const OsvRecord = z.object({
  schema_version: z.string().optional(),
  id: z.string().min(1),
  modified: z.string().min(1),
  published: z.string().optional(),
  withdrawn: z.string().optional(),
  aliases: z.array(z.string()).nullish(),
  upstream: z.array(z.string()).nullish(),
  related: z.array(z.string()).nullish(),
  summary: z.string().optional(),
  severity: z.array(OsvSeverity).nullish(),
  affected: z.array(OsvAffected).nullish(),
  database_specific: JsonObject.optional(),
});
export type OsvRecord = z.output<typeof OsvRecord>;
