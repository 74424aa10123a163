import { PackageURL } from 'packageurl-js';
import type { PackageRecord, PackageType } from '../../core/index.js';
import { packageTypes } from '../../core/index.js';

/** What one SBOM entry (a CycloneDX component, an SPDX package) says about a package, in neutral form. */
export interface SbomEntry {
  name: string;
  group?: string;
  version?: string;
  purl?: string;
  licenses: readonly string[];
  /** CycloneDX properties, or SPDX annotations written as `name=value`. */
  properties: ReadonlyMap<string, string>;
}

export type EntryResult = { record: PackageRecord } | { problem: string };

/** Property names: Bulwark's own first, then the ones other scanners write for the same facts. */
const propertyNames = {
  file: ['bulwark:file'],
  layer: ['bulwark:layer:digest', 'aquasecurity:trivy:LayerDigest'],
  sourceName: ['bulwark:source-package', 'aquasecurity:trivy:SrcName'],
  sourceVersion: ['bulwark:source-package:version', 'aquasecurity:trivy:SrcVersion'],
} as const;

/** Ecosystems where the purl namespace is part of the package's identity (npm scope, Maven group, Go path). */
const namespacedTypes: ReadonlySet<PackageType> = new Set(['npm', 'maven', 'golang']);

function isPackageType(type: string): type is PackageType {
  return (packageTypes as readonly string[]).includes(type);
}

function property(entry: SbomEntry, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = entry.properties.get(name);
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

/** The distro source package: from properties, else the purl `upstream` qualifier (`name` or `name@version`). */
function sourceOf(entry: SbomEntry, qualifiers: Readonly<Record<string, string>>): PackageRecord['source'] {
  const name = property(entry, propertyNames.sourceName);
  if (name !== undefined) {
    const version = property(entry, propertyNames.sourceVersion);
    return version === undefined ? { name } : { name, version };
  }
  const upstream = qualifiers['upstream'];
  if (upstream === undefined || upstream === '') return undefined;
  const at = upstream.lastIndexOf('@');
  return at <= 0 ? { name: upstream } : { name: upstream.slice(0, at), version: upstream.slice(at + 1) };
}

/**
 * The namespace a record keeps: the SBOM's group when it names one; else the purl namespace, unless the entry's
 * name already starts with it (some tools name Go modules and npm packages by their full path).
 */
function namespaceOf(
  entry: SbomEntry,
  type: PackageType,
  purlNamespace: string | undefined,
): string | undefined {
  if (!namespacedTypes.has(type)) return undefined;
  if (entry.group !== undefined && entry.group !== '') return entry.group;
  if (purlNamespace === undefined || purlNamespace === '') return undefined;
  return entry.name.startsWith(`${purlNamespace}/`) ? undefined : purlNamespace;
}

function parsePurl(purl: string): PackageURL | string {
  try {
    return PackageURL.fromString(purl);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** A package record from one SBOM entry, or why the entry cannot be one. */
export function recordOf(entry: SbomEntry, sbomFile: string): EntryResult {
  if (entry.purl === undefined || entry.purl.trim() === '') return { problem: 'has no purl' };
  const parsed = parsePurl(entry.purl.trim());
  if (typeof parsed === 'string') return { problem: `has an invalid purl "${entry.purl}": ${parsed}` };
  if (!isPackageType(parsed.type))
    return { problem: `has purl type "${parsed.type}", which Bulwark does not inventory` };
  const version = entry.version ?? parsed.version;
  if (version === undefined || version === '') return { problem: 'has no version' };
  const qualifiers: Readonly<Record<string, string>> = parsed.qualifiers ?? {};
  const namespace = namespaceOf(entry, parsed.type, parsed.namespace);
  const source = sourceOf(entry, qualifiers);
  const arch = qualifiers['arch'];
  const layer = property(entry, propertyNames.layer);
  const record: PackageRecord = {
    type: parsed.type,
    name: entry.name === '' ? parsed.name : entry.name,
    version,
    ...(namespace === undefined ? {} : { namespace }),
    ...(source === undefined ? {} : { source }),
    ...(arch === undefined || arch === '' ? {} : { arch }),
    ...(entry.licenses.length === 0 ? {} : { licenses: [...entry.licenses] }),
    purl: entry.purl.trim(),
    file: property(entry, propertyNames.file) ?? sbomFile,
    ...(layer === undefined ? {} : { layer: { digest: layer } }),
  };
  return { record };
}
