import { z } from 'zod';

// Only the fields cross-object analyses read. A wrong type is what the API server would refuse too, so it becomes an
// input error at its line; a missing list is an empty one.

const Strings = z
  .array(z.string())
  .nullish()
  .transform((value) => value ?? []);

export const PolicyRule = z.looseObject({
  verbs: Strings,
  apiGroups: Strings,
  resources: Strings,
  resourceNames: Strings,
  nonResourceURLs: Strings,
});
export type PolicyRule = z.infer<typeof PolicyRule>;

export const LabelSelector = z.looseObject({
  matchLabels: z
    .record(z.string(), z.string())
    .nullish()
    .transform((value) => value ?? {}),
  matchExpressions: z
    .array(z.looseObject({ key: z.string(), operator: z.string(), values: Strings }))
    .nullish()
    .transform((value) => value ?? []),
});
export type LabelSelector = z.infer<typeof LabelSelector>;

export const RoleObject = z.looseObject({
  rules: z
    .array(PolicyRule)
    .nullish()
    .transform((value) => value ?? []),
  aggregationRule: z.looseObject({ clusterRoleSelectors: z.array(LabelSelector).nullish() }).nullish(),
});

export const BindingObject = z.looseObject({
  roleRef: z.looseObject({ kind: z.string(), name: z.string(), apiGroup: z.string().nullish() }),
  subjects: z
    .array(
      z.looseObject({
        kind: z.string(),
        name: z.string(),
        namespace: z.string().nullish(),
        apiGroup: z.string().nullish(),
      }),
    )
    .nullish()
    .transform((value) => value ?? []),
});

export const ServiceAccountObject = z.looseObject({ automountServiceAccountToken: z.boolean().nullish() });

export const ConfigMapObject = z.looseObject({
  data: z
    .record(z.string(), z.string())
    .nullish()
    .transform((value) => value ?? {}),
});
