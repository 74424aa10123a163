import type { LayerRef } from './location.js';

/** Package-URL types Bulwark inventories; also the key that picks a version comparer. */
export const packageTypes = ['deb', 'apk', 'rpm', 'npm', 'pypi', 'golang', 'maven', 'gem', 'cargo'] as const;
export type PackageType = (typeof packageTypes)[number];

/** What `/etc/os-release` says; `id` is lower case (`debian`, `alpine`, `ubuntu`, `rhel`). */
export interface OperatingSystem {
  id: string;
  versionId?: string;
  versionCodename?: string;
  prettyName?: string;
}

/** One installed package, wherever it was found. */
export interface PackageRecord {
  type: PackageType;
  name: string;
  version: string;
  /** Maven group, npm scope (`@scope`), Go module path prefix when it is not part of the name. */
  namespace?: string;
  /** Distro source package: vulnerability records of distros are keyed by it. */
  source?: { name: string; version?: string };
  arch?: string;
  licenses?: readonly string[];
  purl: string;
  /** Path of the file that recorded the package inside the image or project (`/var/lib/dpkg/status`). */
  file: string;
  /** The layer that added this package at this version. */
  layer?: LayerRef;
}

/** The package inventory of one target. */
export interface Inventory {
  os?: OperatingSystem;
  packages: PackageRecord[];
}

function comparePackageText(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

/** Deterministic inventory order: type, name, version, file. */
export function comparePackages(a: PackageRecord, b: PackageRecord): number {
  return (
    comparePackageText(a.type, b.type) ||
    comparePackageText(a.namespace, b.namespace) ||
    comparePackageText(a.name, b.name) ||
    comparePackageText(a.version, b.version) ||
    comparePackageText(a.file, b.file)
  );
}
