import type { Inventory, PackageRecord, VulnerabilityMatch } from '../../core/index.js';
import { compareVulnerabilities } from '../../core/index.js';
import type { AffectedCandidate, StoredRecord, VulnerabilityDatabase } from '../db/index.js';
import type { VexDocument } from '../vex/index.js';
import { applyVex } from '../vex/index.js';
import { comparerFor, comparerForScheme, isValidVersion, schemeForEcosystem } from '../versions/index.js';
import type { Compare, ComparerLookup } from './ranges.js';
import { evaluateEntry } from './ranges.js';
import type { Hit, MergedHits } from './merge.js';
import { mergeHits } from './merge.js';
import type { PackageLookup } from './lookup.js';
import { lookupFor } from './lookup.js';
import { chooseSeverity } from './severity.js';

export interface MatchOptions {
  /** Leave out vulnerabilities that have no fixed version (`--ignore-unfixed`). */
  ignoreUnfixed?: boolean;
  /** VEX documents; a `not_affected` or `fixed` statement sets `vex` on the match, which is kept. */
  vex?: readonly VexDocument[];
}

export interface MatchResult {
  matches: VulnerabilityMatch[];
  /** What could not be checked and why (sorted, each said once). */
  notes: string[];
}

/**
 * Versions are compared by the rules of the record's ecosystem, looked up once per ecosystem. A SEMVER range is
 * SemVer 2.0 whatever the ecosystem; the Go comparer is kept for Go because it also reads the `v` and `go` prefixes.
 */
function createComparers() {
  const cache = new Map<string, ComparerLookup>();
  const semver = comparerForScheme('semver');
  function forEcosystem(ecosystem: string): ComparerLookup {
    let lookup = cache.get(ecosystem);
    if (lookup === undefined) {
      const own = comparerFor(ecosystem);
      const scheme = schemeForEcosystem(ecosystem);
      const forSemver = own !== undefined && (scheme === 'semver' || scheme === 'go') ? own : semver;
      lookup = (type) => (type === 'SEMVER' ? forSemver : own);
      cache.set(ecosystem, lookup);
    }
    return lookup;
  }
  return {
    forEcosystem,
    get: (ecosystem: string): Compare | undefined => forEcosystem(ecosystem)('ECOSYSTEM'),
  };
}

type Comparers = ReturnType<typeof createComparers>;

function lowest(versions: readonly string[], compare: Compare | undefined): string | undefined {
  let best: string | undefined;
  for (const version of versions) {
    if (best === undefined) best = version;
    else if (compare === undefined ? version < best : compare(version, best) < 0) best = version;
  }
  return best;
}

function summaryOf(group: MergedHits): string | undefined {
  const records: StoredRecord[] = group.hits.map((hit) => hit.record);
  const own = records.find((record) => record.id === group.id && record.summary !== undefined);
  if (own?.summary !== undefined) return own.summary;
  return [...records].sort((a, b) => (a.id < b.id ? -1 : 1)).find((record) => record.summary !== undefined)
    ?.summary;
}

function toMatch(
  record: PackageRecord,
  lookup: PackageLookup,
  group: MergedHits,
  comparers: Comparers,
): VulnerabilityMatch {
  const ecosystem = group.hits.map((hit) => hit.ecosystem).sort()[0] ?? lookup.scope;
  const fixedVersion = lowest([...new Set(group.hits.flatMap((hit) => hit.fixes))], comparers.get(ecosystem));
  const uniqueRecords = [...new Map(group.hits.map((hit) => [hit.record.id, hit.record])).values()];
  const chosen = chooseSeverity(
    uniqueRecords,
    group.hits.map((hit) => hit.entry),
  );
  const summary = summaryOf(group);
  return {
    id: group.id,
    aliases: group.aliases,
    records: group.records,
    package: record,
    ecosystem,
    installedVersion: lookup.version,
    ...(fixedVersion === undefined ? {} : { fixedVersion }),
    status: fixedVersion === undefined ? 'no-fix' : 'fixed',
    severity: chosen.severity,
    ...(chosen.cvss === undefined ? {} : { cvss: chosen.cvss }),
    ...(summary === undefined ? {} : { summary }),
  };
}

interface Matcher {
  candidates(scope: string, name: string): readonly AffectedCandidate[];
  comparers: Comparers;
  notes: Set<string>;
}

/** Whether the installed version can be compared under an ecosystem; said once per package and ecosystem. */
function comparable(record: PackageRecord, version: string, ecosystem: string, matcher: Matcher): boolean {
  if (matcher.comparers.get(ecosystem) === undefined) {
    matcher.notes.add(`${ecosystem}: no version comparer; its records are not checked`);
    return false;
  }
  if (isValidVersion(ecosystem, version)) return true;
  matcher.notes.add(`${record.name}@${record.version}: not a valid ${ecosystem} version; not checked`);
  return false;
}

function hitsFor(record: PackageRecord, lookup: PackageLookup, matcher: Matcher): Hit[] {
  const hits: Hit[] = [];
  const usable = new Map<string, boolean>();
  for (const name of lookup.names) {
    for (const candidate of matcher.candidates(lookup.scope, name)) {
      const { ecosystem } = candidate;
      let ok = usable.get(ecosystem);
      if (ok === undefined) {
        ok = comparable(record, lookup.version, ecosystem, matcher);
        usable.set(ecosystem, ok);
      }
      if (!ok) continue;
      const verdict = evaluateEntry(
        lookup.version,
        candidate.entry,
        matcher.comparers.forEcosystem(ecosystem),
      );
      for (const problem of verdict.problems)
        matcher.notes.add(`${candidate.record.id} (${ecosystem}): ${problem}`);
      if (verdict.affected) hits.push({ ...candidate, fixes: verdict.fixes });
    }
  }
  return hits;
}

/**
 * Matches every package of an inventory against the database: one query per distinct (scope, name), the OSV range
 * evaluation per affected entry, records describing the same issue merged, a fixed version and a severity for each,
 * then VEX statements applied. Packages that cannot be checked (unknown OS release, invalid version) become notes.
 */
export function matchInventory(
  inventory: Inventory,
  database: VulnerabilityDatabase,
  options: MatchOptions = {},
): MatchResult {
  const cache = new Map<string, readonly AffectedCandidate[]>();
  const matcher: Matcher = {
    candidates(scope, name) {
      const key = `${scope}\u0000${name}`;
      let found = cache.get(key);
      if (found === undefined) {
        found = database.candidates(scope, name);
        cache.set(key, found);
      }
      return found;
    },
    comparers: createComparers(),
    notes: new Set(),
  };
  const unscoped = new Map<string, number>();
  let matches: VulnerabilityMatch[] = [];
  for (const record of inventory.packages) {
    const lookup = lookupFor(record, inventory.os);
    if (!lookup.ok) {
      unscoped.set(lookup.reason, (unscoped.get(lookup.reason) ?? 0) + 1);
      continue;
    }
    for (const group of mergeHits(hitsFor(record, lookup.lookup, matcher)))
      matches.push(toMatch(record, lookup.lookup, group, matcher.comparers));
  }
  for (const [reason, count] of unscoped)
    matcher.notes.add(`${count} package${count === 1 ? '' : 's'} not checked: ${reason}`);
  for (const problem of database.problems) matcher.notes.add(problem);
  if (options.ignoreUnfixed === true) matches = matches.filter((match) => match.status === 'fixed');
  if (options.vex !== undefined) matches = applyVex(matches, options.vex);
  return { matches: matches.sort(compareVulnerabilities), notes: [...matcher.notes].sort() };
}
