import { z } from 'zod';

// Compose files from spec v2, v3 and the Compose Specification. Only fields rules read are typed.

const StringOrNumber = z.union([z.string(), z.number()]);
const ListOrMap = z.union([
  z.array(z.string()),
  z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).nullable()),
]);

const LongVolume = z.looseObject({
  type: z.string().optional(),
  source: z.string().optional(),
  target: z.string().optional(),
  read_only: z.boolean().optional(),
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
  privileged: z.boolean().optional(),
  cap_add: z.array(z.string()).optional(),
  cap_drop: z.array(z.string()).optional(),
  network_mode: z.string().optional(),
  pid: z.string().nullish(),
  ipc: z.string().optional(),
  userns_mode: z.string().optional(),
  volumes: z.array(z.union([z.string(), LongVolume])).optional(),
  security_opt: z.array(z.string()).optional(),
  read_only: z.boolean().optional(),
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

export const ComposeFile = z.looseObject({
  version: StringOrNumber.optional(),
  services: z.record(z.string(), ComposeService.nullable()),
  secrets: z.record(z.string(), z.looseObject({}).nullable()).optional(),
});
export type ComposeFile = z.infer<typeof ComposeFile>;
