import type { OperatingSystem, PackageRecord } from '../../../core/index.js';

/**
 * A package as one file records it, before the final view is known: no purl (distro qualifiers come from the final
 * os-release) and no layer (attribution needs every layer's copy of the file).
 */
export interface FoundPackage extends Omit<PackageRecord, 'purl' | 'file' | 'layer'> {
  /** Where the package really sits when it is not the recording file itself (a jar nested in a jar). */
  file?: string;
  /** False when the version is not a release (`(devel)` Go main module): the purl then carries no version. */
  versioned?: boolean;
}

/** What one recognised file yields. Every note names the file it is about. */
export interface ParsedPackageFile {
  packages: FoundPackage[];
  os?: OperatingSystem;
  notes: string[];
}

/** The kinds of files the package inspection recognises by path. */
export const packageFileKinds = [
  'os-release',
  'dpkg-status',
  'dpkg-status-entry',
  'apk-installed',
  'rpm-sqlite',
  'rpm-berkeley-db',
  'rpm-ndb',
  'npm-package',
  'npm-package-lock',
  'yarn-lock',
  'pnpm-lock',
  'python-metadata',
  'gemspec',
  'java-archive',
  'go-binary',
] as const;
export type PackageFileKind = (typeof packageFileKinds)[number];

/** One recognised file of one layer with what it yielded. */
export interface PackageFile extends ParsedPackageFile {
  path: string;
  kind: PackageFileKind;
  /** False when the content could not be read (too large, truncated): its packages are unknown, not absent. */
  complete: boolean;
}

/** The package inspection's result for one layer: every recognised file it wrote, sorted by path. */
export interface LayerPackages {
  files: PackageFile[];
}
