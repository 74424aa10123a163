import { z } from 'zod';

/** One entry of `GET /containers/json?all=1`: only what is needed to inspect it and to name it. */
export const ContainerSummary = z.object({
  Id: z.string().min(1),
  Names: z.array(z.string()).nullish(),
  Image: z.string().nullish(),
  State: z.string().nullish(),
});
export type ContainerSummary = z.infer<typeof ContainerSummary>;
export const ContainerList = z.array(ContainerSummary);

/**
 * `GET /containers/{id}/json`: the container sources parse the rest; here only the identity is required, and the
 * whole answer is kept as it came so no field a rule needs is lost.
 */
export const ContainerInspect = z.looseObject({
  Id: z.string().min(1),
  Name: z.string().nullish(),
});
export type ContainerInspect = z.infer<typeof ContainerInspect>;

export const ImageSummaryEntry = z.object({
  Id: z.string().min(1),
  RepoTags: z.array(z.string()).nullish(),
});
export const ImageList = z.array(ImageSummaryEntry);

const ImageConfig = z.object({
  User: z.string().nullish(),
  Env: z.array(z.string()).nullish(),
  ExposedPorts: z.record(z.string(), z.unknown()).nullish(),
  Labels: z.record(z.string(), z.string()).nullish(),
  Healthcheck: z.object({ Test: z.array(z.string()).nullish() }).nullish(),
});

/** `GET /images/{id}/json`: the runtime config image rules judge (user, health check, environment, ports). */
export const ImageInspect = z.object({
  Id: z.string().min(1),
  RepoTags: z.array(z.string()).nullish(),
  Os: z.string().nullish(),
  Architecture: z.string().nullish(),
  Config: ImageConfig.nullish(),
});
export type ImageInspect = z.infer<typeof ImageInspect>;
