import type { Inventory, PackageRecord } from '../../src/core/index.js';
import type { Rng } from '../corpus/prng.js';

/**
 * A synthetic OSV corpus shaped like the real one: most records are distro tracker entries, the rest advisories for
 * language registries; about a third share their CVE with another record, so alias merging has work to do. Record
 * names come from fixed pools; the inventory draws most distro packages and a quarter of the registry packages from
 * those pools and the rest from names without records, as in a real image.
 */

interface EcosystemShape {
  ecosystem: string;
  share: number;
  pool: number;
  /** Share of installed packages whose name has records: most distro source packages, few registry packages. */
  withRecords: number;
  prefix: string;
  version: (rng: Rng) => string;
}

function semverLike(rng: Rng): string {
  return `${rng.int(0, 12)}.${rng.int(0, 30)}.${rng.int(0, 40)}`;
}

function debianVersion(rng: Rng): string {
  const base = `${rng.int(1, 9)}.${rng.int(0, 20)}.${rng.int(0, 30)}-${rng.int(1, 6)}`;
  return rng.chance(0.5) ? `${base}+deb12u${rng.int(1, 12)}` : base;
}

const shapes: readonly EcosystemShape[] = [
  { ecosystem: 'Debian:12', share: 0.4, pool: 3000, withRecords: 0.6, prefix: 'src', version: debianVersion },
  { ecosystem: 'npm', share: 0.25, pool: 8000, withRecords: 0.25, prefix: 'js-pkg', version: semverLike },
  { ecosystem: 'PyPI', share: 0.15, pool: 4000, withRecords: 0.25, prefix: 'py-pkg', version: semverLike },
  {
    ecosystem: 'Go',
    share: 0.1,
    pool: 2000,
    withRecords: 0.25,
    prefix: 'example.com/mod',
    version: semverLike,
  },
  {
    ecosystem: 'Maven',
    share: 0.1,
    pool: 2000,
    withRecords: 0.25,
    prefix: 'org.example:artifact',
    version: semverLike,
  },
];

function nameIn(shape: EcosystemShape, index: number): string {
  return `${shape.prefix}-${index}`;
}

function pickShape(rng: Rng): EcosystemShape {
  return rng.weighted(shapes.map((shape) => [shape, shape.share] as const));
}

function events(rng: Rng, shape: EcosystemShape): Record<string, string>[] {
  const introduced = rng.chance(0.4) ? '0' : shape.version(rng);
  const closing = rng.weighted([
    ['fixed', 0.85],
    ['last_affected', 0.05],
    ['none', 0.1],
  ] as const);
  const list: Record<string, string>[] = [{ introduced }];
  if (closing === 'fixed') list.push({ fixed: shape.version(rng) });
  else if (closing === 'last_affected') list.push({ last_affected: shape.version(rng) });
  // Some records list their events out of order, as real ones do.
  return rng.chance(0.1) ? list.reverse() : list;
}

const cvssVectors = [
  'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
  'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N',
  'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:L/I:L/A:N',
];

/** One OSV record as JSON text; `index` makes the id unique and the CVE shared with a neighbour now and then. */
export function benchRecord(rng: Rng, index: number): { id: string; text: string } {
  const shape = pickShape(rng);
  const cve = `CVE-2026-${rng.chance(0.3) ? Math.floor(index / 2) : 500000 + index}`;
  const id = `BENCH-${shape.ecosystem.replace(/\W/g, '')}-${index}`;
  const affected = Array.from({ length: rng.int(1, 2) }, () => ({
    package: { ecosystem: shape.ecosystem, name: nameIn(shape, rng.int(0, shape.pool - 1)) },
    ranges: [{ type: 'ECOSYSTEM', events: events(rng, shape) }],
    ...(shape.ecosystem.startsWith('Debian')
      ? { ecosystem_specific: { urgency: rng.pick(['low', 'medium', 'unimportant']) } }
      : {}),
  }));
  const record = {
    id,
    modified: '2026-01-01T00:00:00Z',
    [shape.ecosystem.startsWith('Debian') ? 'upstream' : 'aliases']: [cve],
    summary: `synthetic issue ${index}`,
    ...(rng.chance(0.5) ? { severity: [{ type: 'CVSS_V3', score: rng.pick(cvssVectors) }] } : {}),
    affected,
  };
  return { id, text: JSON.stringify(record) };
}

function packageOf(rng: Rng, index: number): PackageRecord {
  const shape = pickShape(rng);
  // Names past the pool have no records: the lookup runs and finds nothing, as for most real packages.
  const name = nameIn(shape, rng.chance(shape.withRecords) ? rng.int(0, shape.pool - 1) : shape.pool + index);
  const version = shape.version(rng);
  switch (shape.ecosystem) {
    case 'Debian:12':
      return {
        type: 'deb',
        name: `lib${name}-${index % 3}`,
        version,
        source: { name },
        purl: `pkg:deb/debian/lib${name}@${version}`,
        file: '/var/lib/dpkg/status',
      };
    case 'npm':
      return {
        type: 'npm',
        name,
        version,
        purl: `pkg:npm/${name}@${version}`,
        file: `app/${index}/package.json`,
      };
    case 'PyPI':
      return {
        type: 'pypi',
        name: name.toUpperCase(),
        version,
        purl: `pkg:pypi/${name}@${version}`,
        file: 'requirements.txt',
      };
    case 'Go':
      return {
        type: 'golang',
        name,
        version: `v${version}`,
        purl: `pkg:golang/${name}@v${version}`,
        file: 'go.sum',
      };
    default: {
      const [group = '', artifact = ''] = name.split(':');
      return {
        type: 'maven',
        namespace: group,
        name: artifact,
        version,
        purl: `pkg:maven/${group}/${artifact}@${version}`,
        file: 'pom.xml',
      };
    }
  }
}

export function benchInventory(rng: Rng, count: number): Inventory {
  return {
    os: { id: 'debian', versionId: '12', prettyName: 'Debian GNU/Linux 12 (bookworm)' },
    packages: Array.from({ length: count }, (_, index) => packageOf(rng, index)),
  };
}
