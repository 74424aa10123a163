import type { OperatingSystem, PackageType } from '../../core/index.js';

export type DistroScope = { ok: true; scope: string } | { ok: false; reason: string };

function majorMinor(versionId: string | undefined): { major: string; minor: string } | undefined {
  const match = /^(?<major>\d+)(?:\.(?<minor>\d+))?/.exec(versionId ?? '');
  if (match?.groups?.major === undefined) return undefined;
  return { major: match.groups.major, minor: match.groups.minor ?? '' };
}

/** Ubuntu's long-term releases are the April releases of even years (22.04, 24.04). */
function ubuntuScope(versionId: string | undefined): string | undefined {
  const version = /^(?<year>\d{2})\.(?<month>\d{2})$/.exec(versionId ?? '');
  if (version?.groups?.year === undefined || version.groups.month === undefined) return undefined;
  const lts = version.groups.month === '04' && Number(version.groups.year) % 2 === 0;
  return `Ubuntu:${versionId}${lts ? ':LTS' : ''}`;
}

function scopeFor(os: OperatingSystem): string | undefined {
  const version = majorMinor(os.versionId);
  switch (os.id) {
    case 'debian':
      return version === undefined ? undefined : `Debian:${version.major}`;
    case 'ubuntu':
      return ubuntuScope(os.versionId);
    case 'alpine':
      return version === undefined || version.minor === ''
        ? undefined
        : `Alpine:v${version.major}.${version.minor}`;
    case 'rhel':
      return version === undefined ? undefined : `Red Hat:enterprise_linux:${version.major}`;
    case 'rocky':
      return version === undefined ? undefined : `Rocky Linux:${version.major}`;
    case 'almalinux':
      return version === undefined ? undefined : `AlmaLinux:${version.major}`;
    case 'wolfi':
      return 'Wolfi';
    case 'chainguard':
      return 'Chainguard';
    default:
      return undefined;
  }
}

const packageTypeOf: Record<string, PackageType> = {
  debian: 'deb',
  ubuntu: 'deb',
  alpine: 'apk',
  wolfi: 'apk',
  chainguard: 'apk',
  rhel: 'rpm',
  rocky: 'rpm',
  almalinux: 'rpm',
};

/**
 * The release-scoped OSV ecosystem for distro packages on this OS: `Debian:12`, `Ubuntu:22.04:LTS`, `Alpine:v3.19`,
 * `Red Hat:enterprise_linux:9`. Never a bare `Debian`: a record for one release says nothing about another.
 */
export function distroScope(os: OperatingSystem | undefined, type: PackageType): DistroScope {
  if (os === undefined)
    return { ok: false, reason: `no operating system found, so ${type} packages have no release to match` };
  const name = os.prettyName ?? `${os.id} ${os.versionId ?? ''}`.trim();
  const expected = packageTypeOf[os.id];
  if (expected !== undefined && expected !== type)
    return { ok: false, reason: `${type} packages on ${name} have no vulnerability source` };
  const scope = scopeFor(os);
  if (scope === undefined) return { ok: false, reason: `no release-scoped vulnerability data for ${name}` };
  return { ok: true, scope };
}
