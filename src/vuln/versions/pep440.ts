/**
 * PEP 440 versions (PyPI). Parsing (and normalisation of spellings such as `1.0RC1`, `1.0-1`, `1.0.alpha1`) is done
 * by `@renovatebot/pep440`; the ordering is PEP 440's: epoch, release (trailing zeros ignored), then
 * dev < pre-release (a < b < rc) < final < post-release, with `X.devN` before every pre-release of X, and a local
 * label (`+ubuntu1`) sorting after the same public version. Local segments compare numerically when numeric,
 * numeric after alphanumeric. Unparsable versions (PEP 440 has no legacy versions any more) sort before all valid
 * ones (see `compareInvalid`).
 */
import { parse as parsePep440Text } from '@renovatebot/pep440';
import { memoizeParse } from './cache.js';
import { compareInvalid, compareText } from './compare-text.js';

/** Ordering key of one version; `-Infinity`/`Infinity` stand for absent segments, as in PEP 440's sort key. */
interface Pep440Key {
  text: string;
  valid: boolean;
  epoch: number;
  release: number[];
  /** [phase rank, number]: a=0, b=1, rc=2; absent is +Infinity, dev-only versions -Infinity. */
  pre: [number, number];
  post: number;
  dev: number;
  local: (number | string)[] | undefined;
}

const preReleaseRanks: Readonly<Record<string, number>> = { a: 0, b: 1, rc: 2 };

function segmentNumber(segment: (string | number)[] | null | undefined, absent: number): number {
  if (segment === null || segment === undefined) return absent;
  const value = segment[1];
  return typeof value === 'number' ? value : Number(value ?? 0);
}

function toKey(raw: string): Pep440Key {
  const text = raw.trim();
  const parsed = parsePep440Text(text);
  if (parsed === null) {
    return { text, valid: false, epoch: 0, release: [], pre: [0, 0], post: 0, dev: 0, local: undefined };
  }
  const release = [...parsed.release];
  while (release.length > 0 && release[release.length - 1] === 0) release.pop();
  const hasPre = parsed.pre !== null && parsed.pre !== undefined;
  const hasPost = parsed.post !== null && parsed.post !== undefined;
  const hasDev = parsed.dev !== null && parsed.dev !== undefined;
  let pre: [number, number];
  if (hasPre) pre = [preReleaseRanks[String(parsed.pre[0])] ?? 0, segmentNumber(parsed.pre, 0)];
  else if (!hasPost && hasDev) pre = [-Infinity, 0];
  else pre = [Infinity, 0];
  // The package types `local` as a string, but it returns the parsed segments.
  const local: unknown = parsed.local;
  return {
    text,
    valid: true,
    epoch: parsed.epoch,
    release,
    pre,
    post: hasPost ? segmentNumber(parsed.post, 0) : -Infinity,
    dev: hasDev ? segmentNumber(parsed.dev, 0) : Infinity,
    local: Array.isArray(local)
      ? local.map((part) => (typeof part === 'number' ? part : String(part)))
      : undefined,
  };
}

const parse = memoizeParse(toKey);

function compareNumbers(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function compareRelease(a: readonly number[], b: readonly number[]): number {
  const length = Math.max(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const order = compareNumbers(a[index] ?? 0, b[index] ?? 0);
    if (order !== 0) return order;
  }
  return 0;
}

/** Local segments: numeric ones compare as numbers and sort after alphanumeric ones; shorter sorts first. */
function compareLocal(a: Pep440Key['local'], b: Pep440Key['local']): number {
  if (a === undefined || b === undefined) {
    if (a === b) return 0;
    return a === undefined ? -1 : 1;
  }
  const shared = Math.min(a.length, b.length);
  for (let index = 0; index < shared; index++) {
    const left = a[index] ?? '';
    const right = b[index] ?? '';
    let order: number;
    if (typeof left === 'number' && typeof right === 'number') order = compareNumbers(left, right);
    else if (typeof left === 'number') order = 1;
    else if (typeof right === 'number') order = -1;
    else order = compareText(left, right);
    if (order !== 0) return order;
  }
  return compareNumbers(a.length, b.length);
}

function compareKeys(a: Pep440Key, b: Pep440Key): number {
  return (
    compareNumbers(a.epoch, b.epoch) ||
    compareRelease(a.release, b.release) ||
    compareNumbers(a.pre[0], b.pre[0]) ||
    compareNumbers(a.pre[1], b.pre[1]) ||
    compareNumbers(a.post, b.post) ||
    compareNumbers(a.dev, b.dev) ||
    compareLocal(a.local, b.local)
  );
}

export function comparePep440(a: string, b: string): number {
  if (a === b) return 0;
  const left = parse(a);
  const right = parse(b);
  if (!left.valid || !right.valid) return compareInvalid(left.valid, right.valid, left.text, right.text);
  return compareKeys(left, right);
}

export function isValidPep440Version(version: string): boolean {
  return parse(version).valid;
}
