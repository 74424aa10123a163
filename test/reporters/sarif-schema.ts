import { z } from 'zod';

/**
 * The part of the SARIF 2.1.0 JSON schema (OASIS, sarif-schema-2.1.0.json) that covers every object Bulwark writes,
 * transcribed by hand: objects are strict where the schema says `additionalProperties: false`, property bags are
 * open, enums, minimums, `required` and `anyOf` lists, `uniqueItems` and the uri formats are enforced. Objects the
 * reporter never writes (graphs, code flows, fixes, …) are left out, so they would be rejected as unknown keys.
 */

function unique<T extends z.ZodType>(item: T) {
  return z
    .array(item)
    .refine((items) => new Set(items.map((value) => JSON.stringify(value))).size === items.length, {
      message: 'items must be unique (uniqueItems)',
    });
}

/** format: uri (absolute). */
const uri = z.string().refine((value) => URL.canParse(value), { message: 'not an absolute URI' });

/** format: uri-reference: only RFC 3986 characters, well-formed percent escapes, and it resolves. */
const uriReference = z
  .string()
  .regex(/^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/, 'not a URI reference')
  .refine((value) => URL.canParse(value, 'file:///base/'), { message: 'does not resolve' });

const propertyBag = z.looseObject({ tags: unique(z.string()).optional() });

const multiformatMessageString = z.strictObject({
  text: z.string(),
  markdown: z.string().optional(),
  properties: propertyBag.optional(),
});

const message = z
  .strictObject({
    text: z.string().optional(),
    markdown: z.string().optional(),
    id: z.string().optional(),
    arguments: z.array(z.string()).optional(),
    properties: propertyBag.optional(),
  })
  .refine((value) => value.text !== undefined || value.id !== undefined, {
    message: 'message needs text or id',
  });

const level = z.enum(['none', 'note', 'warning', 'error']);

const artifactLocation = z.strictObject({
  uri: uriReference.optional(),
  uriBaseId: z.string().optional(),
  index: z.int().min(-1).optional(),
  description: message.optional(),
  properties: propertyBag.optional(),
});

const region = z
  .strictObject({
    startLine: z.int().min(1).optional(),
    startColumn: z.int().min(1).optional(),
    endLine: z.int().min(1).optional(),
    endColumn: z.int().min(1).optional(),
    charOffset: z.int().min(-1).optional(),
    charLength: z.int().min(0).optional(),
    byteOffset: z.int().min(-1).optional(),
    byteLength: z.int().min(0).optional(),
    message: message.optional(),
    sourceLanguage: z.string().optional(),
    properties: propertyBag.optional(),
  })
  .refine(
    (value) =>
      value.startLine !== undefined || value.charOffset !== undefined || value.byteOffset !== undefined,
    {
      message: 'region needs startLine, charOffset or byteOffset',
    },
  );

const physicalLocation = z.strictObject({
  artifactLocation,
  region: region.optional(),
  contextRegion: region.optional(),
  properties: propertyBag.optional(),
});

const logicalLocation = z.strictObject({
  name: z.string().optional(),
  index: z.int().min(-1).optional(),
  fullyQualifiedName: z.string().optional(),
  decoratedName: z.string().optional(),
  parentIndex: z.int().min(-1).optional(),
  kind: z.string().optional(),
  properties: propertyBag.optional(),
});

const location = z.strictObject({
  id: z.int().min(-1).optional(),
  physicalLocation: physicalLocation.optional(),
  logicalLocations: unique(logicalLocation).optional(),
  message: message.optional(),
  annotations: unique(region).optional(),
  properties: propertyBag.optional(),
});

const reportingConfiguration = z.strictObject({
  enabled: z.boolean().optional(),
  level: level.optional(),
  rank: z.number().min(-1).max(100).optional(),
  parameters: propertyBag.optional(),
  properties: propertyBag.optional(),
});

const reportingDescriptor = z.strictObject({
  id: z.string(),
  deprecatedIds: unique(z.string()).optional(),
  name: z.string().optional(),
  deprecatedNames: unique(z.string()).optional(),
  shortDescription: multiformatMessageString.optional(),
  fullDescription: multiformatMessageString.optional(),
  messageStrings: z.record(z.string(), multiformatMessageString).optional(),
  defaultConfiguration: reportingConfiguration.optional(),
  helpUri: uri.optional(),
  help: multiformatMessageString.optional(),
  properties: propertyBag.optional(),
});

const toolComponent = z.strictObject({
  name: z.string(),
  organization: z.string().optional(),
  product: z.string().optional(),
  fullName: z.string().optional(),
  version: z.string().optional(),
  semanticVersion: z.string().optional(),
  informationUri: uri.optional(),
  downloadUri: uri.optional(),
  rules: unique(reportingDescriptor).optional(),
  notifications: unique(reportingDescriptor).optional(),
  language: z
    .string()
    .regex(/^[a-zA-Z]{2}(-[a-zA-Z]{2})?$/)
    .optional(),
  properties: propertyBag.optional(),
});

const suppression = z.strictObject({
  kind: z.enum(['inSource', 'external']),
  status: z.enum(['accepted', 'underReview', 'rejected']).optional(),
  justification: z.string().optional(),
  location: location.optional(),
  properties: propertyBag.optional(),
});

const result = z.strictObject({
  ruleId: z.string().optional(),
  ruleIndex: z.int().min(-1).optional(),
  kind: z.enum(['notApplicable', 'pass', 'fail', 'review', 'open', 'informational']).optional(),
  level: level.optional(),
  message,
  analysisTarget: artifactLocation.optional(),
  locations: z.array(location).optional(),
  occurrenceCount: z.int().min(1).optional(),
  partialFingerprints: z.record(z.string(), z.string()).optional(),
  fingerprints: z.record(z.string(), z.string()).optional(),
  relatedLocations: unique(location).optional(),
  suppressions: unique(suppression).optional(),
  baselineState: z.enum(['new', 'unchanged', 'updated', 'absent']).optional(),
  rank: z.number().min(-1).max(100).optional(),
  properties: propertyBag.optional(),
});

const notification = z.strictObject({
  locations: unique(location).optional(),
  message,
  level: level.optional(),
  threadId: z.int().optional(),
  properties: propertyBag.optional(),
});

const invocation = z.strictObject({
  commandLine: z.string().optional(),
  arguments: z.array(z.string()).optional(),
  exitCode: z.int().optional(),
  toolExecutionNotifications: z.array(notification).optional(),
  toolConfigurationNotifications: z.array(notification).optional(),
  executionSuccessful: z.boolean(),
  workingDirectory: artifactLocation.optional(),
  properties: propertyBag.optional(),
});

const run = z.strictObject({
  tool: z.strictObject({
    driver: toolComponent,
    extensions: unique(toolComponent).optional(),
    properties: propertyBag.optional(),
  }),
  invocations: z.array(invocation).optional(),
  language: z
    .string()
    .regex(/^[a-zA-Z]{2}(-[a-zA-Z]{2})?$/)
    .optional(),
  originalUriBaseIds: z.record(z.string(), artifactLocation).optional(),
  results: z.array(result).optional(),
  columnKind: z.enum(['utf16CodeUnits', 'unicodeCodePoints']).optional(),
  properties: propertyBag.optional(),
});

export const sarifLog = z.strictObject({
  $schema: uri.optional(),
  version: z.literal('2.1.0'),
  runs: z.array(run).nullable(),
  properties: propertyBag.optional(),
});

export type SarifLog = z.infer<typeof sarifLog>;
