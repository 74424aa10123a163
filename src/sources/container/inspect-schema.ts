import { z } from 'zod';

/*
 * The parts of the Engine API's ContainerInspect answer (`GET /containers/{id}/json`, API v1.41 and later) that
 * the isolation rules read. Lists and maps the engine leaves out or sends as null are both accepted.
 */

const nullableList = <T extends z.ZodType>(item: T) => z.array(item).nullish();

const portBinding = z.object({ HostIp: z.string().nullish(), HostPort: z.string().nullish() });
export const portMap = z.record(z.string(), nullableList(portBinding));

const hostConfig = z.object({
  Privileged: z.boolean().nullish(),
  CapAdd: nullableList(z.string()),
  CapDrop: nullableList(z.string()),
  NetworkMode: z.string().nullish(),
  PidMode: z.string().nullish(),
  IpcMode: z.string().nullish(),
  UTSMode: z.string().nullish(),
  UsernsMode: z.string().nullish(),
  CgroupnsMode: z.string().nullish(),
  Devices: nullableList(
    z.object({
      PathOnHost: z.string(),
      PathInContainer: z.string().nullish(),
      CgroupPermissions: z.string().nullish(),
    }),
  ),
  Memory: z.number().nullish(),
  MemorySwap: z.number().nullish(),
  CpuShares: z.number().nullish(),
  CpuQuota: z.number().nullish(),
  NanoCpus: z.number().nullish(),
  PidsLimit: z.number().nullish(),
  RestartPolicy: z.object({ Name: z.string().nullish(), MaximumRetryCount: z.number().nullish() }).nullish(),
  ReadonlyRootfs: z.boolean().nullish(),
  SecurityOpt: nullableList(z.string()),
  PortBindings: portMap.nullish(),
  PublishAllPorts: z.boolean().nullish(),
  Ulimits: nullableList(z.object({ Name: z.string(), Soft: z.number(), Hard: z.number() })),
  Sysctls: z.record(z.string(), z.string()).nullish(),
  Tmpfs: z.record(z.string(), z.string()).nullish(),
});

const mount = z.object({
  Type: z.string().nullish(),
  Name: z.string().nullish(),
  Source: z.string().nullish(),
  Destination: z.string(),
  RW: z.boolean().nullish(),
  Propagation: z.string().nullish(),
});

export const containerInspect = z.object({
  Id: z.string(),
  Name: z.string(),
  Image: z.string().nullish(),
  AppArmorProfile: z.string().nullish(),
  ProcessLabel: z.string().nullish(),
  State: z
    .object({
      Status: z.string().nullish(),
      Running: z.boolean().nullish(),
      Health: z.object({ Status: z.string() }).nullish(),
    })
    .nullish(),
  HostConfig: hostConfig,
  Mounts: nullableList(mount),
  Config: z
    .object({
      User: z.string().nullish(),
      Image: z.string().nullish(),
      Healthcheck: z.object({ Test: nullableList(z.string()) }).nullish(),
    })
    .nullish(),
  NetworkSettings: z
    .object({
      Ports: portMap.nullish(),
      Networks: z.record(z.string(), z.unknown()).nullish(),
    })
    .nullish(),
});
export type ContainerInspect = z.infer<typeof containerInspect>;
export type InspectHostConfig = z.infer<typeof hostConfig>;
export type InspectPortMap = z.infer<typeof portMap>;
