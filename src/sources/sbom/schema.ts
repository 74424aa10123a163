import { z } from 'zod';

/**
 * The fields of CycloneDX (1.2–1.7) and SPDX (2.2, 2.3) JSON documents that an inventory is built from. Schemas are
 * loose (unknown fields pass) and lists hold `unknown` items that are checked one by one, so a single malformed
 * component is skipped with a note instead of rejecting the document.
 */

export const CycloneDxHeader = z.object({
  bomFormat: z.literal('CycloneDX'),
  specVersion: z.string(),
  metadata: z.object({ component: z.unknown().optional() }).loose().optional(),
  components: z.array(z.unknown()).optional(),
});

/** A licence choice holds either `license` (an SPDX id or a name) or `expression`. */
const CycloneDxLicenseChoice = z
  .object({
    license: z.object({ id: z.string().optional(), name: z.string().optional() }).loose().optional(),
    expression: z.string().optional(),
  })
  .loose();

export const CycloneDxComponent = z
  .object({
    type: z.string(),
    name: z.string(),
    group: z.string().optional(),
    version: z.string().optional(),
    description: z.string().optional(),
    purl: z.string().optional(),
    licenses: z.array(CycloneDxLicenseChoice).optional(),
    properties: z.array(z.object({ name: z.string(), value: z.string().optional() }).loose()).optional(),
    components: z.array(z.unknown()).optional(),
  })
  .loose();
export type CycloneDxComponent = z.infer<typeof CycloneDxComponent>;

export const SpdxHeader = z.object({
  spdxVersion: z.string().regex(/^SPDX-2\.\d+$/),
  packages: z.array(z.unknown()).optional(),
});

export const SpdxPackage = z
  .object({
    SPDXID: z.string(),
    name: z.string(),
    versionInfo: z.string().optional(),
    description: z.string().optional(),
    licenseDeclared: z.string().optional(),
    primaryPackagePurpose: z.string().optional(),
    externalRefs: z
      .array(
        z
          .object({ referenceCategory: z.string(), referenceType: z.string(), referenceLocator: z.string() })
          .loose(),
      )
      .optional(),
    annotations: z
      .array(z.object({ annotator: z.string().optional(), comment: z.string() }).loose())
      .optional(),
  })
  .loose();
export type SpdxPackage = z.infer<typeof SpdxPackage>;
