import { z } from 'zod';
import { hasInterpolation, resolveDefaults } from './interpolation.js';

// Compose files from spec v2, v3 and the Compose Specification. Only fields rules read are typed.

/** A Compose boolean: `unknown` when it comes from an environment variable Bulwark cannot see. */
export type ComposeFlag = boolean | 'unknown';

// The words Compose reads as booleans in a string (YAML 1.1 spellings, any case), so `"${PRIVILEGED:-true}"` works.
const trueWords = new Set(['true', 'yes', 'y', 'on']);
const falseWords = new Set(['false', 'no', 'n', 'off']);

function describeInput(value: unknown): string {
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`;
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

const ComposeBoolean = z.unknown().transform((value, context): ComposeFlag => {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const resolved = resolveDefaults(value);
    const word = resolved?.toLowerCase();
    if (word !== undefined && trueWords.has(word)) return true;
    if (word !== undefined && falseWords.has(word)) return false;
    // Whatever the variable holds decides; only a literal that is no boolean is wrong in the file itself.
    if (hasInterpolation(value)) return 'unknown';
  }
  context.addIssue({
    code: 'custom',
    message: `Invalid input: expected a boolean (true or false), received ${describeInput(value)}`,
  });
  return z.NEVER;
});

const StringOrNumber = z.union([z.string(), z.number()]);
const ListOrMap = z.union([
  z.array(z.string()),
  z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).nullable()),
]);

const LongVolume = z.looseObject({
  type: z.string().optional(),
  source: z.string().optional(),
  target: z.string().optional(),
  read_only: ComposeBoolean.optional(),
});
const LongPort = z.looseObject({
  target: StringOrNumber.optional(),
  published: StringOrNumber.optional(),
  host_ip: z.string().optional(),
  protocol: z.string().optional(),
  mode: z.string().optional(),
});
const Resources = z.looseObject({
  limits: z.looseObject({ cpus: StringOrNumber.optional(), memory: StringOrNumber.optional() }).nullish(),
  reservations: z
    .looseObject({ cpus: StringOrNumber.optional(), memory: StringOrNumber.optional() })
    .nullish(),
});

export const ComposeService = z.looseObject({
  image: z.string().optional(),
  build: z.union([z.string(), z.looseObject({})]).optional(),
  privileged: ComposeBoolean.optional(),
  cap_add: z.array(z.string()).optional(),
  cap_drop: z.array(z.string()).optional(),
  network_mode: z.string().optional(),
  pid: z.string().nullish(),
  ipc: z.string().optional(),
  userns_mode: z.string().optional(),
  volumes: z.array(z.union([z.string(), LongVolume])).optional(),
  security_opt: z.array(z.string()).optional(),
  read_only: ComposeBoolean.optional(),
  user: StringOrNumber.optional(),
  environment: ListOrMap.optional(),
  ports: z.array(z.union([StringOrNumber, LongPort])).optional(),
  devices: z.array(z.union([z.string(), z.looseObject({})])).optional(),
  mem_limit: StringOrNumber.optional(),
  cpus: StringOrNumber.optional(),
  deploy: z.looseObject({ resources: Resources.nullish() }).nullish(),
  secrets: z.array(z.union([z.string(), z.looseObject({ source: z.string() })])).optional(),
});
export type ComposeService = z.infer<typeof ComposeService>;

/** The file around the services; each service is validated on its own, so one bad service hides no other. */
export const ComposeFile = z.looseObject({
  version: StringOrNumber.optional(),
  services: z.record(z.string(), z.unknown()),
  secrets: z.record(z.string(), z.looseObject({}).nullable()).optional(),
});
export type ComposeFile = z.infer<typeof ComposeFile>;
