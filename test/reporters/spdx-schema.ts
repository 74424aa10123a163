import { z } from 'zod';

/**
 * SPDX 2.3 JSON as the specification defines it (clauses 6 document creation, 7 package, 11 relationship, 12
 * annotation), written by hand for the fields Bulwark writes: no npm package ships the official JSON schema. Objects
 * are strict, so a misspelt field fails; required fields, enumerations and formats follow the spec text. The
 * checks a schema cannot express (unique ids, relationships that resolve) are in `spdxDocumentProblems`.
 */

const spdxId = z
  .string()
  .regex(/^SPDXRef-[A-Za-z0-9.-]+$/, 'SPDX ids are SPDXRef- then letters, digits, . and -');
/** Clause 6.9: `YYYY-MM-DDThh:mm:ssZ`, UTC. */
const spdxTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'not YYYY-MM-DDThh:mm:ssZ');
const noAssertion = z.literal('NOASSERTION');
const actor = z.union([noAssertion, z.string().regex(/^(?:Person|Organization): .+$/)]);

const checksumAlgorithms = [
  'SHA1',
  'SHA224',
  'SHA256',
  'SHA384',
  'SHA512',
  'SHA3-256',
  'SHA3-384',
  'SHA3-512',
  'BLAKE2b-256',
  'BLAKE2b-384',
  'BLAKE2b-512',
  'BLAKE3',
  'MD2',
  'MD4',
  'MD5',
  'MD6',
  'ADLER32',
] as const;

const purposes = [
  'APPLICATION',
  'FRAMEWORK',
  'LIBRARY',
  'CONTAINER',
  'OPERATING-SYSTEM',
  'DEVICE',
  'FIRMWARE',
  'SOURCE',
  'ARCHIVE',
  'FILE',
  'INSTALL',
  'OTHER',
] as const;

const relationshipTypes = [
  'DESCRIBES',
  'DESCRIBED_BY',
  'CONTAINS',
  'CONTAINED_BY',
  'DEPENDS_ON',
  'DEPENDENCY_OF',
  'GENERATED_FROM',
  'GENERATES',
  'OTHER',
] as const;

const annotation = z.strictObject({
  annotationDate: spdxTime,
  annotationType: z.enum(['REVIEW', 'OTHER']),
  annotator: z.string().regex(/^(?:Person|Organization|Tool): .+$/),
  comment: z.string().min(1),
});

const externalRef = z.strictObject({
  referenceCategory: z.enum(['SECURITY', 'PACKAGE-MANAGER', 'PERSISTENT-ID', 'OTHER']),
  referenceType: z.string().min(1),
  referenceLocator: z.string().regex(/^\S+$/, 'a locator has no whitespace'),
  comment: z.string().optional(),
});

const spdxPackage = z.strictObject({
  SPDXID: spdxId,
  name: z.string().min(1),
  versionInfo: z.string().optional(),
  supplier: actor.optional(),
  originator: actor.optional(),
  downloadLocation: z.string().min(1),
  filesAnalyzed: z.boolean().optional(),
  checksums: z
    .array(
      z.strictObject({
        algorithm: z.enum(checksumAlgorithms),
        checksumValue: z.string().regex(/^[a-f0-9]+$/),
      }),
    )
    .optional(),
  sourceInfo: z.string().optional(),
  licenseConcluded: z.string().optional(),
  licenseDeclared: z.string().optional(),
  copyrightText: z.string().optional(),
  description: z.string().optional(),
  externalRefs: z.array(externalRef).optional(),
  primaryPackagePurpose: z.enum(purposes).optional(),
  annotations: z.array(annotation).optional(),
});

const relationship = z.strictObject({
  spdxElementId: z.string().min(1),
  relationshipType: z.enum(relationshipTypes),
  relatedSpdxElement: z.string().min(1),
  comment: z.string().optional(),
});

export const spdxDocument = z.strictObject({
  spdxVersion: z.literal('SPDX-2.3'),
  dataLicense: z.literal('CC0-1.0'),
  SPDXID: z.literal('SPDXRef-DOCUMENT'),
  name: z.string().min(1),
  /** Clause 6.5: an absolute URI without a `#` part. */
  documentNamespace: z
    .string()
    .refine((value) => URL.canParse(value) && !value.includes('#'), 'not an absolute URI without #'),
  creationInfo: z.strictObject({
    creators: z.array(z.string().regex(/^(?:Person|Organization|Tool): .+$/)).min(1),
    created: spdxTime,
    comment: z.string().optional(),
    licenseListVersion: z.string().optional(),
  }),
  packages: z.array(spdxPackage).optional(),
  relationships: z.array(relationship).optional(),
});
export type SpdxDocument = z.infer<typeof spdxDocument>;

/** What the spec requires beyond the shape: ids unique, every relationship between known elements. */
export function spdxDocumentProblems(document: SpdxDocument): string[] {
  const problems: string[] = [];
  const ids = new Set<string>(['SPDXRef-DOCUMENT']);
  for (const pkg of document.packages ?? []) {
    if (ids.has(pkg.SPDXID)) problems.push(`duplicate SPDXID ${pkg.SPDXID}`);
    ids.add(pkg.SPDXID);
  }
  const special = new Set(['NONE', 'NOASSERTION']);
  for (const { spdxElementId, relatedSpdxElement, relationshipType } of document.relationships ?? []) {
    if (!ids.has(spdxElementId)) problems.push(`${relationshipType} from unknown element ${spdxElementId}`);
    if (!ids.has(relatedSpdxElement) && !special.has(relatedSpdxElement))
      problems.push(`${relationshipType} to unknown element ${relatedSpdxElement}`);
  }
  return problems;
}
