import { z } from 'zod';

/** Fields are forgiving (`catch`): one odd field must not hide the package the rest describes. */
const optionalText = z.string().optional().catch(undefined);

const LicenseObject = z.object({ type: z.string() });

/** `package.json` of an installed npm package: only what the inventory needs. */
export const NpmPackageJson = z.object({
  name: optionalText,
  version: optionalText,
  license: z.union([z.string(), LicenseObject]).optional().catch(undefined),
  licenses: z.array(LicenseObject).optional().catch(undefined),
});
export type NpmPackageJson = z.infer<typeof NpmPackageJson>;

/** One level of a package-lock v1 `dependencies` tree; nested levels are validated as the walk reaches them. */
export const NpmLockV1Dependency = z.object({
  version: optionalText,
  dependencies: z.record(z.string(), z.unknown()).optional().catch(undefined),
});

/** One entry of a package-lock v2/v3 `packages` map, keyed by its folder (`node_modules/a/node_modules/b`). */
export const NpmLockPackage = z.object({
  name: optionalText,
  version: optionalText,
  license: optionalText,
  link: z.boolean().optional().catch(undefined),
});

export const NpmPackageLock = z.object({
  lockfileVersion: z.number().optional().catch(undefined),
  packages: z.record(z.string(), z.unknown()).optional().catch(undefined),
  dependencies: z.record(z.string(), z.unknown()).optional().catch(undefined),
});

/** pnpm-lock.yaml: `lockfileVersion` is a number in v5 (`5.4`) and a string from v6 (`'6.0'`, `'9.0'`). */
export const PnpmLock = z.object({
  lockfileVersion: z.union([z.string(), z.number()]).optional().catch(undefined),
  packages: z.record(z.string(), z.unknown()).optional().catch(undefined),
});

export const PnpmPackage = z
  .object({ name: optionalText, version: optionalText })
  .catch({ name: undefined, version: undefined });

/** One entry of a Yarn 2+ (berry) lockfile: `resolution` is `name@npm:1.2.3`. */
export const YarnBerryEntry = z.object({ version: optionalText, resolution: optionalText });
