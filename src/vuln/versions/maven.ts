/**
 * Maven versions, ordered like Maven 3.9's ComparableVersion.
 *
 * A version (case-insensitive) is split into items at `.`, at `-` and where digits meet letters. A `-` and a
 * digit/letter transition open a nested list, a `.` does not; a string item after a `.` is treated like one after
 * a `-` (`1.0.RC2` < `1.0-RC3` < `1.0.1`). Each list then loses its trailing "null" items (0, "", ga, final,
 * release, empty lists), so `1` = `1.0` = `1-0` = `1.ga`.
 *
 * Item order: number > list > string. Numbers compare by value (no size limit). Strings compare as qualifiers:
 * alpha < beta < milestone < rc = cr < snapshot < "" = ga = final = release < sp < any other qualifier, others in
 * lexical order; `a1`, `b1`, `m1` mean alpha-1, beta-1, milestone-1. A missing item compares like null: a number
 * is newer than nothing unless it is 0, a qualifier is newer only when it ranks above the release.
 *
 * Maven accepts every string. Bulwark rejects only blank ones and those longer than `maxVersionLength`: lists nest
 * once per hyphen, and comparing nesting thousands deep would exhaust the stack. Rejected versions sort before
 * all others (see `compareInvalid`).
 */
import { memoizeParse } from './cache.js';
import {
  compareDigits,
  compareInvalid,
  compareText,
  isAsciiDigit,
  stripLeadingZeros,
} from './compare-text.js';

interface NumberItem {
  kind: 'number';
  /** Digits without leading zeros; zero is "". */
  digits: string;
}

interface StringItem {
  kind: 'string';
  /** The qualifier's rank as a string that sorts correctly: "0".."6" for known ones, "7-<name>" for others. */
  rank: string;
}

interface ListItem {
  kind: 'list';
  items: MavenItem[];
  /** Set on the root list only: false for a version Bulwark will not order by Maven's rules. */
  valid?: boolean;
}

const maxVersionLength = 512;

type MavenItem = NumberItem | StringItem | ListItem;

const qualifiers = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'] as const;
const aliases: Readonly<Record<string, string>> = { ga: '', final: '', release: '', cr: 'rc' };
const shortQualifiers: Readonly<Record<string, string>> = { a: 'alpha', b: 'beta', m: 'milestone' };
const releaseRank = String(qualifiers.indexOf(''));

function qualifierRank(qualifier: string): string {
  const index = (qualifiers as readonly string[]).indexOf(qualifier);
  return index === -1 ? `${qualifiers.length}-${qualifier}` : String(index);
}

function stringItem(text: string, followedByDigit: boolean): StringItem {
  const expanded = followedByDigit ? (shortQualifiers[text] ?? text) : text;
  return { kind: 'string', rank: qualifierRank(aliases[expanded] ?? expanded) };
}

function parseItem(isDigit: boolean, text: string): MavenItem {
  return isDigit ? { kind: 'number', digits: stripLeadingZeros(text) } : stringItem(text, false);
}

function isNull(item: MavenItem): boolean {
  if (item.kind === 'number') return item.digits === '';
  if (item.kind === 'string') return item.rank === releaseRank;
  return item.items.length === 0;
}

/** Drops trailing null items; a non-empty list in the tail is stepped over, anything else stops the trim. */
function normalize(list: ListItem): void {
  for (let index = list.items.length - 1; index >= 0; index--) {
    const item = list.items[index];
    if (item === undefined) continue;
    if (isNull(item)) list.items.splice(index, 1);
    else if (item.kind !== 'list') break;
  }
}

const zero: NumberItem = { kind: 'number', digits: '' };
const dotCode = 0x2e;
const dashCode = 0x2d;

function parseMaven(raw: string): ListItem {
  const text = raw.trim().toLowerCase();
  const root: ListItem = { kind: 'list', items: [], valid: text !== '' && text.length <= maxVersionLength };
  if (root.valid !== true) return root;
  const lists: ListItem[] = [root];
  let list = root;
  let isDigit = false;
  let start = 0;
  const openList = (): void => {
    const nested: ListItem = { kind: 'list', items: [] };
    list.items.push(nested);
    list = nested;
    lists.push(nested);
  };
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === dotCode || code === dashCode) {
      list.items.push(index === start ? zero : parseItem(isDigit, text.slice(start, index)));
      start = index + 1;
      if (code === dashCode) openList();
    } else if (isAsciiDigit(code)) {
      if (!isDigit && index > start) {
        // A qualifier after a dot counts as if after a hyphen, so 1.0.0.RC1 equals 1.0.0-RC1.
        if (list.items.length > 0) openList();
        list.items.push(stringItem(text.slice(start, index), true));
        start = index;
        openList();
      }
      isDigit = true;
    } else {
      if (isDigit && index > start) {
        list.items.push(parseItem(true, text.slice(start, index)));
        start = index;
        openList();
      }
      isDigit = false;
    }
  }
  if (text.length > start) {
    if (!isDigit && list.items.length > 0) openList();
    list.items.push(parseItem(isDigit, text.slice(start)));
  }
  for (let index = lists.length - 1; index >= 0; index--) {
    const nested = lists[index];
    if (nested !== undefined) normalize(nested);
  }
  return root;
}

const parse = memoizeParse(parseMaven);

/** Compares an item with a missing one (the other version ended). */
function compareWithNothing(item: MavenItem): number {
  if (item.kind === 'number') return item.digits === '' ? 0 : 1;
  if (item.kind === 'string') return compareText(item.rank, releaseRank);
  for (const nested of item.items) {
    const order = compareWithNothing(nested);
    if (order !== 0) return order;
  }
  return 0;
}

function compareLists(a: ListItem, b: ListItem): number {
  const length = Math.max(a.items.length, b.items.length);
  for (let index = 0; index < length; index++) {
    const left = a.items[index];
    const right = b.items[index];
    let order: number;
    if (left === undefined) order = right === undefined ? 0 : -compareWithNothing(right);
    else order = right === undefined ? compareWithNothing(left) : compareItems(left, right);
    if (order !== 0) return order;
  }
  return 0;
}

function compareItems(a: MavenItem, b: MavenItem): number {
  if (a.kind === 'number') return b.kind === 'number' ? compareDigits(a.digits, b.digits) : 1;
  if (a.kind === 'string') return b.kind === 'string' ? compareText(a.rank, b.rank) : -1;
  if (b.kind === 'number') return -1;
  if (b.kind === 'string') return 1;
  return compareLists(a, b);
}

export function compareMaven(a: string, b: string): number {
  if (a === b) return 0;
  const left = parse(a);
  const right = parse(b);
  if (left.valid !== true || right.valid !== true) {
    return compareInvalid(left.valid === true, right.valid === true, a.trim(), b.trim());
  }
  const order = compareLists(left, right);
  // -0 would surprise callers that test with Object.is.
  return order === 0 ? 0 : order;
}

export function isValidMavenVersion(version: string): boolean {
  return parse(version).valid === true;
}
