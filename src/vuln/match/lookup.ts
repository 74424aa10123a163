import type { OperatingSystem, PackageRecord, PackageType } from '../../core/index.js';
import { normalisePythonName } from '../osv/index.js';
import { distroScope } from './distro.js';

/** How one installed package is looked up: under which scope, by which names, at which version. */
export interface PackageLookup {
  scope: string;
  names: readonly string[];
  version: string;
}

export type LookupResult = { ok: true; lookup: PackageLookup } | { ok: false; reason: string };

const languageEcosystems: Partial<Record<PackageType, string>> = {
  npm: 'npm',
  pypi: 'PyPI',
  golang: 'Go',
  maven: 'Maven',
  gem: 'RubyGems',
  cargo: 'crates.io',
};

function joined(namespace: string | undefined, name: string, separator: string): string {
  if (namespace === undefined || namespace === '' || name.startsWith(`${namespace}${separator}`)) return name;
  return `${namespace}${separator}${name}`;
}

function languageName(record: PackageRecord): string {
  switch (record.type) {
    case 'npm':
      return record.name.startsWith('@') ? record.name : joined(record.namespace, record.name, '/');
    case 'pypi':
      return normalisePythonName(record.name);
    case 'golang':
      return joined(record.namespace, record.name, '/');
    case 'maven':
      return record.name.includes(':') ? record.name : joined(record.namespace, record.name, ':');
    default:
      return record.name;
  }
}

/**
 * Distro packages are matched by their source package (and its version), the way distro trackers file them; a
 * binary rebuilt without a source change (`+b1`) keeps the source's version. Red Hat names binary or source RPMs,
 * so both are tried. Language packages are matched by their registry name; Go's `v1.2.3` and `go1.22.1` are left
 * as they are, the Go comparer reads both against OSV's unprefixed versions.
 */
export function lookupFor(record: PackageRecord, os: OperatingSystem | undefined): LookupResult {
  if (record.type === 'deb' || record.type === 'apk' || record.type === 'rpm') {
    const scope = distroScope(os, record.type);
    if (!scope.ok) return scope;
    const source = record.source?.name;
    const names =
      record.type === 'rpm'
        ? [...new Set([record.name, ...(source === undefined ? [] : [source])])]
        : [source ?? record.name];
    const version = record.type === 'rpm' ? record.version : (record.source?.version ?? record.version);
    return { ok: true, lookup: { scope: scope.scope, names, version } };
  }
  const ecosystem = languageEcosystems[record.type];
  if (ecosystem === undefined)
    return { ok: false, reason: `${record.type} packages have no vulnerability source` };
  return { ok: true, lookup: { scope: ecosystem, names: [languageName(record)], version: record.version } };
}
