import type { ImageSummary, OperatingSystem, PackageRecord } from '../../core/index.js';
import { bulwarkProperties, manifestSha256 } from '../cyclonedx/components.js';
import type { SpdxAnnotation, SpdxPackage } from './document.js';
import type { SpdxIds } from './ids.js';
import { combinedLicenseExpression } from './license-expression.js';

const noAssertion = 'NOASSERTION';

type PackageParts = Pick<SpdxPackage, 'SPDXID' | 'name' | 'primaryPackagePurpose'> &
  Partial<
    Pick<
      SpdxPackage,
      | 'versionInfo'
      | 'checksums'
      | 'sourceInfo'
      | 'licenseDeclared'
      | 'description'
      | 'externalRefs'
      | 'annotations'
    >
  >;

/**
 * One package in the spec's field order. Bulwark downloads nothing, analyses no files and concludes no licence or
 * supplier, so those say NOASSERTION; the declared licence is given only when it is a valid expression.
 */
function spdxPackage(parts: PackageParts): SpdxPackage {
  // Fields left undefined are dropped by JSON.stringify, so the order below is the order written.
  return {
    SPDXID: parts.SPDXID,
    name: parts.name,
    versionInfo: parts.versionInfo,
    supplier: noAssertion,
    originator: noAssertion,
    downloadLocation: noAssertion,
    filesAnalyzed: false,
    checksums: parts.checksums,
    sourceInfo: parts.sourceInfo,
    licenseConcluded: noAssertion,
    licenseDeclared: parts.licenseDeclared ?? noAssertion,
    copyrightText: noAssertion,
    description: parts.description,
    externalRefs: parts.externalRefs,
    primaryPackagePurpose: parts.primaryPackagePurpose,
    annotations: parts.annotations,
  };
}

export function imagePackage(image: ImageSummary, ids: SpdxIds): SpdxPackage {
  const hex = manifestSha256(image);
  return spdxPackage({
    SPDXID: ids.next('Image'),
    name: image.reference,
    versionInfo: image.manifestDigest,
    checksums: hex === undefined ? undefined : [{ algorithm: 'SHA256', checksumValue: hex }],
    primaryPackagePurpose: 'CONTAINER',
  });
}

export function osPackage(os: OperatingSystem, ids: SpdxIds): SpdxPackage {
  return spdxPackage({
    SPDXID: ids.next('OperatingSystem', os.id),
    name: os.id,
    versionInfo: os.versionId,
    description: os.prettyName,
    primaryPackagePurpose: 'OPERATING-SYSTEM',
  });
}

/** What SPDX has no field for travels as annotations, `name=value`, with the names of the CycloneDX properties. */
function annotationsOf(pkg: PackageRecord, annotator: string, created: string): SpdxAnnotation[] {
  const values: [string, string][] = [[bulwarkProperties.file, pkg.file]];
  if (pkg.layer !== undefined) values.push([bulwarkProperties.layerDigest, pkg.layer.digest]);
  if (pkg.source !== undefined) {
    values.push([bulwarkProperties.sourcePackage, pkg.source.name]);
    if (pkg.source.version !== undefined) values.push([bulwarkProperties.sourceVersion, pkg.source.version]);
  }
  return values.map(([name, value]) => ({
    annotationDate: created,
    annotationType: 'OTHER',
    annotator,
    comment: `${name}=${value}`,
  }));
}

export interface PackageContext {
  ids: SpdxIds;
  annotator: string;
  created: string;
}

export function recordPackage(pkg: PackageRecord, context: PackageContext): SpdxPackage {
  const source = pkg.source;
  return spdxPackage({
    SPDXID: context.ids.next(
      'Package',
      pkg.type,
      ...(pkg.namespace === undefined ? [] : [pkg.namespace]),
      pkg.name,
      pkg.version,
    ),
    name: pkg.name,
    versionInfo: pkg.version,
    sourceInfo:
      source === undefined
        ? undefined
        : `built from source package ${source.name}${source.version === undefined ? '' : ` ${source.version}`}`,
    licenseDeclared: combinedLicenseExpression(pkg.licenses),
    externalRefs:
      pkg.purl === ''
        ? undefined
        : [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl }],
    primaryPackagePurpose: 'LIBRARY',
    annotations: annotationsOf(pkg, context.annotator, context.created),
  });
}
