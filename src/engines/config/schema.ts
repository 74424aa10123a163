import { z } from 'zod';
import { isPssLevel, isSeverity, parseKubernetesVersion } from '../../core/index.js';

// `off`/`on` arrive as booleans too: YAML 1.1, which Bulwark reads like Kubernetes does, makes them booleans.
const RuleSetting = z.union([
  z.enum(['off', 'on']),
  z.boolean(),
  z.looseObject({
    enabled: z.boolean().optional(),
    severity: z
      .string()
      .refine(isSeverity, 'severity must be critical, high, medium, low or info')
      .optional(),
  }),
]);

const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

export const ConfigException = z.strictObject({
  rule: z.string(),
  /** gitignore-style pattern of files the exception covers; all files when absent. */
  path: z.string().optional(),
  /** `Kind/namespace/name`, `Kind/name` or `name`; all resources when absent. */
  resource: z.string().optional(),
  reason: z.string().min(1, 'an exception needs a reason'),
  expires: z.union([DateText, z.date().transform((date) => date.toISOString().slice(0, 10))]).optional(),
});
export type ConfigException = z.infer<typeof ConfigException>;

export const Config = z.strictObject({
  rules: z.record(z.string(), RuleSetting).default({}),
  ignore: z.array(z.string()).default([]),
  trustedRegistries: z.array(z.string()).default([]),
  pss: z
    .strictObject({
      level: z.string().refine(isPssLevel, 'level must be privileged, baseline or restricted').optional(),
      // A bare 1.30 is the number 1.3 to YAML: only a quoted string keeps the minor exact.
      kubernetesVersion: z
        .string({ error: 'quote the Kubernetes version ("1.30"): unquoted, 1.30 reads as the number 1.3' })
        .refine(
          (value) => parseKubernetesVersion(value) !== undefined,
          'expected a Kubernetes version like "1.30"',
        )
        .optional(),
    })
    .optional(),
  exceptions: z.array(ConfigException).default([]),
  maxFileSizeMB: z.number().positive().default(10),
  failOn: z.enum(['critical', 'high', 'medium', 'low', 'info', 'none']).optional(),
  webhook: z.looseObject({}).optional(),
});
export type Config = z.infer<typeof Config>;

export const defaultConfig: Config = Config.parse({});
