import type { EventKind } from '../osv/index.js';
import type { StoredEntry, StoredRange } from '../db/index.js';

export type Compare = (a: string, b: string) => number;

type Event = readonly [EventKind, string];

/** Finds the comparer for a range: SEMVER ranges compare as SemVer 2.0, ECOSYSTEM ranges by the ecosystem's rules. */
export type ComparerLookup = (type: StoredRange['type']) => Compare | undefined;

export interface EntryVerdict {
  affected: boolean;
  /** `fixed` versions above the installed one, from the ranges that include it. */
  fixes: readonly string[];
  /** Ranges that could not be evaluated (no comparer, or a version the comparer rejects). */
  problems: readonly string[];
}

/** `introduced: "0"` sorts before every version, `limit: "*"` after every version. */
function compareEvents(compare: Compare): (a: Event, b: Event) => number {
  function rank(event: Event): number {
    if (event[0] === 'introduced' && event[1] === '0') return -1;
    if (event[0] === 'limit' && event[1] === '*') return 1;
    return 0;
  }
  return (a, b) => {
    const ranks = rank(a) - rank(b);
    if (ranks !== 0 || rank(a) !== 0) return ranks;
    return compare(a[1], b[1]);
  };
}

const sortedEvents = new WeakMap<StoredRange, readonly Event[]>();

/** Records may list events in any order; the evaluation needs them by version. Ties keep the record's order. */
function eventsInOrder(range: StoredRange, compare: Compare): readonly Event[] {
  const known = sortedEvents.get(range);
  if (known !== undefined) return known;
  const sorted = [...range.events].sort(compareEvents(compare));
  sortedEvents.set(range, sorted);
  return sorted;
}

function beforeLimits(version: string, events: readonly Event[], compare: Compare): boolean {
  const limits = events.filter((event) => event[0] === 'limit');
  if (limits.length === 0) return true;
  return limits.some(([, limit]) => limit === '*' || compare(version, limit) < 0);
}

/** The OSV evaluation of one range; the fixes are the `fixed` events above the installed version. */
function evaluateRange(
  version: string,
  range: StoredRange,
  compare: Compare,
): { affected: boolean; fixes: string[] } {
  const events = eventsInOrder(range, compare);
  if (!beforeLimits(version, events, compare)) return { affected: false, fixes: [] };
  let affected = false;
  for (const [kind, at] of events) {
    if (kind === 'introduced' && (at === '0' || compare(version, at) >= 0)) affected = true;
    else if (kind === 'fixed' && compare(version, at) >= 0) affected = false;
    else if (kind === 'last_affected' && compare(version, at) > 0) affected = false;
  }
  if (!affected) return { affected, fixes: [] };
  const fixes = events
    .filter(([kind, at]) => kind === 'fixed' && compare(version, at) < 0)
    .map(([, at]) => at);
  return { affected, fixes };
}

function listed(version: string, versions: readonly string[], compare: Compare | undefined): boolean {
  for (const candidate of versions) {
    if (candidate === version) return true;
    if (compare === undefined) continue;
    try {
      if (compare(candidate, version) === 0) return true;
    } catch {
      // A listed version the comparer rejects can still match as text, which was tried above.
    }
  }
  return false;
}

/** Is the installed version inside this `affected[]` entry (its `versions[]` or any of its ranges)? */
export function evaluateEntry(
  version: string,
  entry: StoredEntry,
  comparerFor: ComparerLookup,
): EntryVerdict {
  const problems: string[] = [];
  const fixes: string[] = [];
  let affected = listed(version, entry.versions, comparerFor('ECOSYSTEM'));
  for (const range of entry.ranges) {
    const compare = comparerFor(range.type);
    if (compare === undefined) {
      problems.push(`no version comparer for ${range.type} ranges`);
      continue;
    }
    try {
      const verdict = evaluateRange(version, range, compare);
      if (!verdict.affected) continue;
      affected = true;
      fixes.push(...verdict.fixes);
    } catch (error) {
      problems.push(
        `a ${range.type} range could not be evaluated (${error instanceof Error ? error.message : error})`,
      );
    }
  }
  return { affected, fixes, problems };
}
