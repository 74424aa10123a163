import { z } from 'zod';

/** One object as the API server or kubectl gives it; the scan's own schemas judge its fields. */
export const ApiObject = z.record(z.string(), z.unknown());
export type ApiObject = z.infer<typeof ApiObject>;

/** A list page (`PodList`, or kubectl's `List`): only what paging and reading the items need. */
export const ApiList = z.object({
  kind: z.string().optional(),
  apiVersion: z.string().optional(),
  metadata: z
    .object({ continue: z.string().optional() })
    .loose()
    .nullish()
    .transform((value) => value ?? {}),
  items: z
    .array(ApiObject)
    .nullish()
    .transform((value) => value ?? []),
});
export type ApiList = z.infer<typeof ApiList>;

/** The `Status` the API server answers errors with. */
export const ApiStatus = z.object({
  kind: z.literal('Status'),
  message: z.string().optional(),
  reason: z.string().optional(),
  code: z.number().optional(),
});
export type ApiStatus = z.infer<typeof ApiStatus>;

/** A snapshot file's List (`kubectl get -o json` of several objects): its items are judged. */
export const SnapshotList = z.looseObject({
  kind: z.string().regex(/List$/),
  apiVersion: z.string().optional(),
  items: z.array(ApiObject),
});

/** A snapshot file's single object (`kubectl get KIND NAME -o json`). */
export const SnapshotObject = z.looseObject({ kind: z.string(), apiVersion: z.string() });
