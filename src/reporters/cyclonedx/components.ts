import { Enums, Models, SPDX } from '@cyclonedx/cyclonedx-library';
import type { ImageSummary, OperatingSystem, PackageRecord, Report } from '../../core/index.js';
import { comparePackages } from '../../core/index.js';
import { isValidLicenseExpression } from '../spdx/license-expression.js';

/** Property names Bulwark adds to components; `parseSbom` reads the same names back. */
export const bulwarkProperties = {
  file: 'bulwark:file',
  layerDigest: 'bulwark:layer:digest',
  sourcePackage: 'bulwark:source-package',
  sourceVersion: 'bulwark:source-package:version',
  configDigest: 'bulwark:image:config-digest',
  platform: 'bulwark:image:platform',
} as const;

/** Distro package managers: their packages belong to the operating system component. */
const osPackageTypes: ReadonlySet<string> = new Set(['deb', 'apk', 'rpm']);

/** Identity of a package record, so a vulnerability's copy of it finds the component made from the original. */
export function packageKey(pkg: PackageRecord): string {
  return [pkg.type, pkg.namespace ?? '', pkg.name, pkg.version, pkg.file, pkg.purl].join('\u0000');
}

/** Every package the report knows, from the inventory and from vulnerability matches, once each, sorted. */
export function allPackages(report: Report): PackageRecord[] {
  const byKey = new Map<string, PackageRecord>();
  for (const pkg of report.packages ?? []) if (!byKey.has(packageKey(pkg))) byKey.set(packageKey(pkg), pkg);
  for (const match of report.vulnerabilities ?? [])
    if (!byKey.has(packageKey(match.package))) byKey.set(packageKey(match.package), match.package);
  return [...byKey.values()].sort(comparePackages);
}

/**
 * bom-refs are purls, which readers match on; the same purl recorded by two files (one npm package installed
 * twice) is told apart by the file, and anything still equal by a counter.
 */
export function assignBomRefs(packages: readonly PackageRecord[]): Map<string, string> {
  const refs = new Map<string, string>();
  const taken = new Set<string>();
  for (const pkg of packages) {
    const base = pkg.purl === '' ? `${pkg.type}:${pkg.name}@${pkg.version}` : pkg.purl;
    let ref = taken.has(base) ? `${base}|${pkg.file}` : base;
    for (let counter = 2; taken.has(ref); counter += 1) ref = `${base}|${pkg.file}|${counter}`;
    taken.add(ref);
    refs.set(packageKey(pkg), ref);
  }
  return refs;
}

function licensesOf(licenses: readonly string[] | undefined): Models.LicenseRepository {
  const repository = new Models.LicenseRepository();
  if (licenses === undefined) return repository;
  const [only] = licenses;
  // CycloneDX holds either one expression or a list of single licences, never both.
  if (
    licenses.length === 1 &&
    only !== undefined &&
    /\s/.test(only.trim()) &&
    isValidLicenseExpression(only)
  ) {
    repository.add(new Models.LicenseExpression(only.trim()));
    return repository;
  }
  for (const license of licenses) {
    const id = SPDX.fixupSpdxId(license.trim());
    repository.add(id === undefined ? new Models.NamedLicense(license) : new Models.SpdxLicense(id));
  }
  return repository;
}

function propertiesOf(pkg: PackageRecord): Models.PropertyRepository {
  const properties = new Models.PropertyRepository();
  properties.add(new Models.Property(bulwarkProperties.file, pkg.file));
  if (pkg.layer !== undefined)
    properties.add(new Models.Property(bulwarkProperties.layerDigest, pkg.layer.digest));
  if (pkg.source !== undefined) {
    properties.add(new Models.Property(bulwarkProperties.sourcePackage, pkg.source.name));
    if (pkg.source.version !== undefined)
      properties.add(new Models.Property(bulwarkProperties.sourceVersion, pkg.source.version));
  }
  return properties;
}

export function packageComponent(pkg: PackageRecord, bomRef: string): Models.Component {
  return new Models.Component(Enums.ComponentType.Library, pkg.name, {
    bomRef,
    version: pkg.version,
    ...(pkg.namespace === undefined ? {} : { group: pkg.namespace }),
    ...(pkg.purl === '' ? {} : { purl: pkg.purl }),
    licenses: licensesOf(pkg.licenses),
    properties: propertiesOf(pkg),
  });
}

export function osBomRef(os: OperatingSystem): string {
  return `os:${os.id}${os.versionId === undefined ? '' : `@${os.versionId}`}`;
}

export function osComponent(os: OperatingSystem): Models.Component {
  return new Models.Component(Enums.ComponentType.OperatingSystem, os.id, {
    bomRef: osBomRef(os),
    ...(os.versionId === undefined ? {} : { version: os.versionId }),
    ...(os.prettyName === undefined ? {} : { description: os.prettyName }),
  });
}

export function isOsPackage(pkg: PackageRecord): boolean {
  return osPackageTypes.has(pkg.type);
}

const sha256Digest = /^sha256:(?<hex>[a-f0-9]{64})$/;

/** The hex of the manifest's SHA-256 digest, the one hash both SBOM formats can state for the image. */
export function manifestSha256(image: ImageSummary): string | undefined {
  return sha256Digest.exec(image.manifestDigest ?? '')?.groups?.['hex'];
}

/** The scanned image as the BOM's subject: its reference, and its manifest digest as version and hash. */
export function imageComponent(image: ImageSummary): Models.Component {
  const properties = new Models.PropertyRepository();
  if (image.configDigest !== undefined)
    properties.add(new Models.Property(bulwarkProperties.configDigest, image.configDigest));
  if (image.platform !== undefined)
    properties.add(new Models.Property(bulwarkProperties.platform, image.platform));
  const hashes = new Models.HashDictionary();
  const hex = manifestSha256(image);
  if (hex !== undefined) hashes.set(Enums.HashAlgorithm['SHA-256'], hex);
  return new Models.Component(Enums.ComponentType.Container, image.reference, {
    bomRef: `image:${image.reference}`,
    ...(image.manifestDigest === undefined ? {} : { version: image.manifestDigest }),
    hashes,
    properties,
  });
}
