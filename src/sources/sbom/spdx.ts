import type { z } from 'zod';
import type { OperatingSystem, PackageRecord } from '../../core/index.js';
import type { SbomReading, SkippedEntry } from './read-result.js';
import { firstIssue } from './read-result.js';
import type { SbomEntry } from './record.js';
import { recordOf } from './record.js';
import { SpdxPackage, type SpdxHeader } from './schema.js';

/** Values that say "no licence information" rather than naming one. */
const noLicense: ReadonlySet<string> = new Set(['NOASSERTION', 'NONE', '']);

/** SPDX 2.2 spells the category with an underscore, 2.3 with a hyphen. */
const packageManager: ReadonlySet<string> = new Set(['PACKAGE-MANAGER', 'PACKAGE_MANAGER']);

function purlOf(pkg: SpdxPackage): string | undefined {
  for (const ref of pkg.externalRefs ?? [])
    if (packageManager.has(ref.referenceCategory) && ref.referenceType === 'purl')
      return ref.referenceLocator;
  return undefined;
}

/** Annotations Bulwark writes carry one `name=value` each; other annotations are ignored. */
function propertiesOf(pkg: SpdxPackage): Map<string, string> {
  const properties = new Map<string, string>();
  for (const annotation of pkg.annotations ?? []) {
    const match = /^(?<name>[a-z][\w.-]*(?::[\w.-]+)+)=(?<value>.*)$/s.exec(annotation.comment);
    const name = match?.groups?.['name'];
    const value = match?.groups?.['value'];
    if (name !== undefined && value !== undefined && !properties.has(name)) properties.set(name, value);
  }
  return properties;
}

function entryOf(pkg: SpdxPackage): SbomEntry {
  const purl = purlOf(pkg);
  const license = pkg.licenseDeclared?.trim() ?? '';
  return {
    name: pkg.name,
    ...(pkg.versionInfo === undefined ? {} : { version: pkg.versionInfo }),
    ...(purl === undefined ? {} : { purl }),
    licenses: noLicense.has(license) ? [] : [license],
    properties: propertiesOf(pkg),
  };
}

/** The inventory an SPDX 2.x document describes: its packages with purls, and its OPERATING-SYSTEM package. */
export function readSpdx(header: z.infer<typeof SpdxHeader>, file: string): SbomReading {
  const packages: PackageRecord[] = [];
  const skipped: SkippedEntry[] = [];
  let os: OperatingSystem | undefined;
  for (const [index, item] of (header.packages ?? []).entries()) {
    const path = ['packages', index];
    const parsed = SpdxPackage.safeParse(item);
    if (!parsed.success) {
      skipped.push({
        path,
        message: `package is malformed (${firstIssue(parsed.error.issues)}); skipped`,
      });
      continue;
    }
    const pkg = parsed.data;
    if (pkg.primaryPackagePurpose === 'OPERATING-SYSTEM') {
      os ??= {
        id: pkg.name.toLowerCase(),
        ...(pkg.versionInfo === undefined ? {} : { versionId: pkg.versionInfo }),
        ...(pkg.description === undefined || pkg.description === '' ? {} : { prettyName: pkg.description }),
      };
      continue;
    }
    // The described image (or other container) is the subject of the document, not a package in it.
    if (pkg.primaryPackagePurpose === 'CONTAINER') continue;
    const result = recordOf(entryOf(pkg), file);
    if ('record' in result) packages.push(result.record);
    else skipped.push({ path, message: `package "${pkg.name}" (${pkg.SPDXID}) ${result.problem}; skipped` });
  }
  return { inventory: { ...(os === undefined ? {} : { os }), packages }, skipped };
}
