/**
 * RPM package versions: `[epoch:]version[-release]`, compared like rpm's labelCompare: epoch, then version, then
 * release, each with rpmvercmp. The release is compared only when both sides have one (`1.0` matches `1.0-3`),
 * and an absent epoch is 0.
 *
 * rpmvercmp splits a string into runs of digits and runs of letters; every other character only separates runs.
 * `~` sorts before anything, even the end of the string (`1.0~rc1` < `1.0`); `^` sorts after the end of the string
 * but before anything else (`1.0` < `1.0^git1` < `1.0.1`). A numeric run is newer than an alphabetic one. When all
 * runs are equal, the string with characters left over is newer.
 */
import { compareDigitRuns, isAsciiDigit, isAsciiLetter } from './compare-text.js';

const tilde = 0x7e;
const caret = 0x5e;
const colon = 0x3a;
const hyphen = 0x2d;

function isSeparator(code: number): boolean {
  return !isAsciiDigit(code) && !isAsciiLetter(code) && code !== tilde && code !== caret;
}

function compareLetterRuns(
  a: string,
  aStart: number,
  aEnd: number,
  b: string,
  bStart: number,
  bEnd: number,
): number {
  const length = Math.min(aEnd - aStart, bEnd - bStart);
  for (let offset = 0; offset < length; offset++) {
    const difference = a.charCodeAt(aStart + offset) - b.charCodeAt(bStart + offset);
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  if (aLength === bLength) return 0;
  return aLength < bLength ? -1 : 1;
}

/** rpm's segment comparison of `a[aStart, aEnd)` with `b[bStart, bEnd)`. */
function compareSegments(
  a: string,
  aStart: number,
  aEnd: number,
  b: string,
  bStart: number,
  bEnd: number,
): number {
  let i = aStart;
  let j = bStart;
  while (i < aEnd || j < bEnd) {
    while (i < aEnd && isSeparator(a.charCodeAt(i))) i++;
    while (j < bEnd && isSeparator(b.charCodeAt(j))) j++;
    const aCode = i < aEnd ? a.charCodeAt(i) : -1;
    const bCode = j < bEnd ? b.charCodeAt(j) : -1;
    if (aCode === tilde || bCode === tilde) {
      if (aCode !== tilde) return 1;
      if (bCode !== tilde) return -1;
      i++;
      j++;
      continue;
    }
    if (aCode === caret || bCode === caret) {
      if (aCode === -1) return -1;
      if (bCode === -1) return 1;
      if (aCode !== caret) return 1;
      if (bCode !== caret) return -1;
      i++;
      j++;
      continue;
    }
    if (aCode === -1 || bCode === -1) break;
    const numeric = isAsciiDigit(aCode);
    const inRun = numeric ? isAsciiDigit : isAsciiLetter;
    const aRun = i;
    const bRun = j;
    while (i < aEnd && inRun(a.charCodeAt(i))) i++;
    while (j < bEnd && inRun(b.charCodeAt(j))) j++;
    // Runs of different kinds: the numeric one is newer.
    if (j === bRun) return numeric ? 1 : -1;
    const order = numeric
      ? compareDigitRuns(a, aRun, i, b, bRun, j)
      : compareLetterRuns(a, aRun, i, b, bRun, j);
    if (order !== 0) return order;
  }
  if (i >= aEnd && j >= bEnd) return 0;
  return i >= aEnd ? -1 : 1;
}

/** rpmvercmp: compares two whole version (or release) strings. */
export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  return compareSegments(a, 0, a.length, b, 0, b.length);
}

/** Where epoch, version and release lie in one `[epoch:]version[-release]` string; reused between calls. */
class RpmParts {
  epochStart = 0;
  epochEnd = 0;
  versionStart = 0;
  versionEnd = 0;
  releaseStart = 0;
  releaseEnd = 0;
  hasRelease = false;

  locate(text: string): this {
    let start = 0;
    let end = text.length;
    while (start < end && text.charCodeAt(start) <= 0x20) start++;
    while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
    let digitsEnd = start;
    while (digitsEnd < end && isAsciiDigit(text.charCodeAt(digitsEnd))) digitsEnd++;
    const hasEpoch = digitsEnd < end && text.charCodeAt(digitsEnd) === colon;
    this.epochStart = start;
    // An absent or empty epoch is 0, which an empty digit run equals.
    this.epochEnd = hasEpoch ? digitsEnd : start;
    this.versionStart = hasEpoch ? digitsEnd + 1 : start;
    let dash = end - 1;
    while (dash >= this.versionStart && text.charCodeAt(dash) !== hyphen) dash--;
    this.hasRelease = dash >= this.versionStart;
    this.versionEnd = this.hasRelease ? dash : end;
    this.releaseStart = this.hasRelease ? dash + 1 : end;
    this.releaseEnd = end;
    return this;
  }
}

const left = new RpmParts();
const right = new RpmParts();

export function compareRpm(a: string, b: string): number {
  if (a === b) return 0;
  const x = left.locate(a);
  const y = right.locate(b);
  const byEpoch = compareDigitRuns(a, x.epochStart, x.epochEnd, b, y.epochStart, y.epochEnd);
  if (byEpoch !== 0) return byEpoch;
  const byVersion = compareSegments(a, x.versionStart, x.versionEnd, b, y.versionStart, y.versionEnd);
  if (byVersion !== 0 || !x.hasRelease || !y.hasRelease) return byVersion;
  return compareSegments(a, x.releaseStart, x.releaseEnd, b, y.releaseStart, y.releaseEnd);
}

const versionCharacters = /^[A-Za-z0-9._+~^]+$/;

export function isValidRpmVersion(version: string): boolean {
  const parts = new RpmParts().locate(version);
  if (!versionCharacters.test(version.slice(parts.versionStart, parts.versionEnd))) return false;
  return !parts.hasRelease || versionCharacters.test(version.slice(parts.releaseStart, parts.releaseEnd));
}
