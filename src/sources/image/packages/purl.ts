import { PackageURL } from 'packageurl-js';
import type { OperatingSystem } from '../../../core/index.js';
import { errorMessage } from './notes.js';
import { normalizePythonName } from './python.js';
import type { FoundPackage } from './types.js';

interface PurlParts {
  namespace?: string;
  name: string;
  version?: string;
  qualifiers: Record<string, string>;
}

function distroQualifier(os: OperatingSystem | undefined): string | undefined {
  if (os === undefined) return undefined;
  const release = os.versionId ?? os.versionCodename;
  return release === undefined ? undefined : `${os.id}-${release}`;
}

function setQualifier(qualifiers: Record<string, string>, key: string, value: string | undefined): void {
  if (value !== undefined && value !== '') qualifiers[key] = value;
}

/** rpm versions carry their epoch as `epoch:`; a purl keeps it in the `epoch` qualifier instead. */
function splitEpoch(version: string): { epoch?: string; rest: string } {
  const match = /^(?<epoch>\d+):(?<rest>.+)$/.exec(version);
  return match?.groups?.rest === undefined
    ? { rest: version }
    : { epoch: match.groups.epoch, rest: match.groups.rest };
}

function partsOf(found: FoundPackage, os: OperatingSystem | undefined): PurlParts {
  const qualifiers: Record<string, string> = {};
  const version = found.versioned === false ? undefined : found.version;
  switch (found.type) {
    case 'deb': {
      setQualifier(qualifiers, 'arch', found.arch);
      setQualifier(qualifiers, 'distro', distroQualifier(os));
      if (found.source !== undefined && found.source.name !== found.name)
        qualifiers.upstream = found.source.name;
      return { namespace: os?.id ?? 'debian', name: found.name, version, qualifiers };
    }
    case 'apk': {
      setQualifier(qualifiers, 'arch', found.arch);
      setQualifier(qualifiers, 'distro', os?.versionId);
      return { namespace: os?.id ?? 'alpine', name: found.name, version, qualifiers };
    }
    case 'rpm': {
      const { epoch, rest } = splitEpoch(found.version);
      setQualifier(qualifiers, 'arch', found.arch);
      setQualifier(qualifiers, 'epoch', epoch);
      setQualifier(qualifiers, 'distro', distroQualifier(os));
      return { namespace: os?.id ?? 'unknown', name: found.name, version: rest, qualifiers };
    }
    case 'pypi':
      return { name: normalizePythonName(found.name), version, qualifiers };
    case 'golang': {
      // A module path's last element is the purl name, the rest its namespace.
      const slash = found.name.lastIndexOf('/');
      if (slash === -1) return { name: found.name, version, qualifiers };
      return {
        namespace: found.name.slice(0, slash),
        name: found.name.slice(slash + 1),
        version,
        qualifiers,
      };
    }
    case 'maven':
      // A maven purl needs a group. An archive identified only by its file name has none; many artifacts reuse
      // their name as group, and the inventory already notes the identity as a guess.
      return { namespace: found.namespace ?? found.name, name: found.name, version, qualifiers };
    default:
      return { namespace: found.namespace, name: found.name, version, qualifiers };
  }
}

/**
 * packageurl-js leaves `+` unencoded in versions; Bulwark writes `%2B` as most SBOM tools do, because a `+` read as
 * form encoding becomes a space.
 */
function encodePlusInVersion(purl: string): string {
  const query = purl.search(/[?#]/);
  const path = query === -1 ? purl : purl.slice(0, query);
  const at = path.lastIndexOf('@');
  if (at === -1 || !path.includes('+', at)) return purl;
  return `${path.slice(0, at)}${path.slice(at).replaceAll('+', '%2B')}${query === -1 ? '' : purl.slice(query)}`;
}

/** The package URL of a found package; `problem` is set when the version had to be left out to make a valid purl. */
export function buildPurl(
  found: FoundPackage,
  os: OperatingSystem | undefined,
): { purl: string; problem?: string } {
  const parts = partsOf(found, os);
  const qualifiers = Object.keys(parts.qualifiers).length > 0 ? parts.qualifiers : undefined;
  try {
    const purl = new PackageURL(
      found.type,
      parts.namespace,
      parts.name,
      parts.version,
      qualifiers,
      undefined,
    );
    return { purl: encodePlusInVersion(purl.toString()) };
  } catch (error) {
    return { purl: withoutVersion(found.type, parts, qualifiers), problem: errorMessage(error) };
  }
}

function withoutVersion(
  type: string,
  parts: PurlParts,
  qualifiers: Record<string, string> | undefined,
): string {
  try {
    return new PackageURL(type, parts.namespace, parts.name, undefined, qualifiers, undefined).toString();
  } catch {
    return `pkg:${type}/${encodeURIComponent(parts.name)}`;
  }
}
