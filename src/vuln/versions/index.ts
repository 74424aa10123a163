/**
 * Version ordering per OSV ecosystem. Comparers return only -1, 0 or 1 and never throw: a version a scheme cannot
 * parse still gets a defined place in the order (each scheme documents its fallback), and `isValidVersion` tells
 * the caller that the answer is a guess.
 */
import { compareApk, isValidApkVersion } from './apk.js';
import { compareDpkg, isValidDpkgVersion } from './dpkg.js';
import { compareMaven, isValidMavenVersion } from './maven.js';
import { comparePep440, isValidPep440Version } from './pep440.js';
import { compareRpm, isValidRpmVersion } from './rpm.js';
import { compareRubyGems, isValidRubyGemsVersion } from './rubygems.js';
import { compareGo, compareSemver, isValidGoVersion, isValidSemverVersion } from './semver.js';

export type VersionComparer = (a: string, b: string) => number;

export const versionSchemes = ['dpkg', 'apk', 'rpm', 'semver', 'go', 'pep440', 'maven', 'rubygems'] as const;
export type VersionScheme = (typeof versionSchemes)[number];

interface SchemeImplementation {
  compare: VersionComparer;
  isValid: (version: string) => boolean;
}

const implementations: Readonly<Record<VersionScheme, SchemeImplementation>> = {
  apk: { compare: compareApk, isValid: isValidApkVersion },
  dpkg: { compare: compareDpkg, isValid: isValidDpkgVersion },
  go: { compare: compareGo, isValid: isValidGoVersion },
  maven: { compare: compareMaven, isValid: isValidMavenVersion },
  pep440: { compare: comparePep440, isValid: isValidPep440Version },
  rpm: { compare: compareRpm, isValid: isValidRpmVersion },
  rubygems: { compare: compareRubyGems, isValid: isValidRubyGemsVersion },
  semver: { compare: compareSemver, isValid: isValidSemverVersion },
};

/** OSV ecosystem names (the part before the first `:`) and the scheme their versions follow. */
const ecosystemSchemes: ReadonlyMap<string, VersionScheme> = new Map<string, VersionScheme>([
  ['AlmaLinux', 'rpm'],
  ['Alpine', 'apk'],
  ['Chainguard', 'apk'],
  ['crates.io', 'semver'],
  ['Debian', 'dpkg'],
  ['Go', 'go'],
  ['Hex', 'semver'],
  ['Mageia', 'rpm'],
  ['Maven', 'maven'],
  ['npm', 'semver'],
  ['NuGet', 'semver'],
  ['openSUSE', 'rpm'],
  ['Packagist', 'semver'],
  ['Pub', 'semver'],
  ['PyPI', 'pep440'],
  ['Red Hat', 'rpm'],
  ['Rocky Linux', 'rpm'],
  ['RubyGems', 'rubygems'],
  ['SUSE', 'rpm'],
  ['Ubuntu', 'dpkg'],
  ['Wolfi', 'apk'],
]);

/** OSV names are case-sensitive, but hand-written inputs (VEX, configuration) are not always. */
const ecosystemSchemesIgnoringCase: ReadonlyMap<string, VersionScheme> = new Map(
  [...ecosystemSchemes].map(([name, scheme]) => [name.toLowerCase(), scheme]),
);

export function schemeForEcosystem(ecosystem: string): VersionScheme | undefined {
  const colon = ecosystem.indexOf(':');
  const name = (colon === -1 ? ecosystem : ecosystem.slice(0, colon)).trim();
  return ecosystemSchemes.get(name) ?? ecosystemSchemesIgnoringCase.get(name.toLowerCase());
}

export function comparerForScheme(scheme: VersionScheme): VersionComparer {
  return implementations[scheme].compare;
}

export function isValidVersionForScheme(scheme: VersionScheme, version: string): boolean {
  return version.trim() !== '' && implementations[scheme].isValid(version);
}

export function comparerFor(ecosystem: string): VersionComparer | undefined {
  const scheme = schemeForEcosystem(ecosystem);
  return scheme === undefined ? undefined : comparerForScheme(scheme);
}

/** False for an unknown ecosystem, a blank version, or one the ecosystem's scheme cannot parse. */
export function isValidVersion(ecosystem: string, version: string): boolean {
  const scheme = schemeForEcosystem(ecosystem);
  return scheme !== undefined && isValidVersionForScheme(scheme, version);
}
