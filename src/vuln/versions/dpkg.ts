/**
 * Debian package versions (deb-version(7)): `[epoch:]upstream[-revision]`.
 *
 * The epoch is compared as a number, then upstream and revision with the same algorithm: alternating runs of
 * non-digits and digits. Non-digit runs are compared character by character where `~` sorts before everything,
 * even the end of the string, letters sort before all other characters, and digit runs are compared as numbers.
 * An absent revision equals `0`. Strings dpkg would reject (bad epoch, empty revision, bad characters) are still
 * compared, as upstream text with epoch 0, and `isValidDpkgVersion` reports them.
 *
 * Comparison works on index ranges of the original strings: matching calls it hundreds of thousands of times, and
 * allocating parts for each call would cost more than the comparison itself.
 */
import { compareDigitRuns, isAsciiDigit, isAsciiLetter } from './compare-text.js';

const tilde = 0x7e;
const colon = 0x3a;
const hyphen = 0x2d;

/** Where the parts of one version lie in its string; reused between calls (comparison is synchronous). */
class DpkgParts {
  epochStart = 0;
  epochEnd = 0;
  upstreamStart = 0;
  upstreamEnd = 0;
  revisionStart = 0;
  revisionEnd = 0;
  epochValid = true;
  hasRevision = false;

  locate(text: string): this {
    let start = 0;
    let end = text.length;
    while (start < end && text.charCodeAt(start) <= 0x20) start++;
    while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
    let separator = start;
    while (separator < end && text.charCodeAt(separator) !== colon) separator++;
    let rest = start;
    this.epochStart = start;
    this.epochEnd = start;
    this.epochValid = true;
    if (separator < end) {
      for (let index = start; index < separator; index++) {
        if (!isAsciiDigit(text.charCodeAt(index))) this.epochValid = false;
      }
      if (separator === start) this.epochValid = false;
      if (this.epochValid) {
        this.epochEnd = separator;
        rest = separator + 1;
      }
    }
    let dash = end - 1;
    while (dash >= rest && text.charCodeAt(dash) !== hyphen) dash--;
    // With an invalid epoch the whole string is upstream text.
    this.hasRevision = this.epochValid && dash >= rest;
    this.upstreamStart = rest;
    this.upstreamEnd = this.hasRevision ? dash : end;
    this.revisionStart = this.hasRevision ? dash + 1 : end;
    this.revisionEnd = end;
    return this;
  }
}

const left = new DpkgParts();
const right = new DpkgParts();

/** dpkg's character weight inside a non-digit run; 0 stands for "end of run". */
function weight(text: string, index: number, end: number): number {
  if (index >= end) return 0;
  const code = text.charCodeAt(index);
  if (isAsciiDigit(code)) return 0;
  if (isAsciiLetter(code)) return code;
  if (code === tilde) return -1;
  return code + 256;
}

/** Compares one upstream or revision part: `a[aStart, aEnd)` with `b[bStart, bEnd)`. */
function compareParts(
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
    while ((i < aEnd && !isAsciiDigit(a.charCodeAt(i))) || (j < bEnd && !isAsciiDigit(b.charCodeAt(j)))) {
      const aWeight = weight(a, i, aEnd);
      const bWeight = weight(b, j, bEnd);
      if (aWeight !== bWeight) return aWeight < bWeight ? -1 : 1;
      i++;
      j++;
    }
    const aDigits = i;
    const bDigits = j;
    while (i < aEnd && isAsciiDigit(a.charCodeAt(i))) i++;
    while (j < bEnd && isAsciiDigit(b.charCodeAt(j))) j++;
    const byValue = compareDigitRuns(a, aDigits, i, b, bDigits, j);
    if (byValue !== 0) return byValue;
  }
  return 0;
}

export function compareDpkg(a: string, b: string): number {
  if (a === b) return 0;
  const x = left.locate(a);
  const y = right.locate(b);
  return (
    compareDigitRuns(a, x.epochStart, x.epochEnd, b, y.epochStart, y.epochEnd) ||
    compareParts(a, x.upstreamStart, x.upstreamEnd, b, y.upstreamStart, y.upstreamEnd) ||
    compareParts(a, x.revisionStart, x.revisionEnd, b, y.revisionStart, y.revisionEnd)
  );
}

/** Characters dpkg allows: upstream may also hold `-` (when there is a revision) and `:` (after an epoch). */
const upstreamCharacters = /^[0-9][A-Za-z0-9.+~:-]*$/;
const revisionCharacters = /^[A-Za-z0-9.+~]+$/;

export function isValidDpkgVersion(version: string): boolean {
  const parts = new DpkgParts().locate(version);
  if (!parts.epochValid || parts.upstreamStart >= parts.upstreamEnd) return false;
  const upstream = version.slice(parts.upstreamStart, parts.upstreamEnd);
  const hasEpoch = parts.upstreamStart > parts.epochStart;
  if (!upstreamCharacters.test(upstream) || (!hasEpoch && upstream.includes(':'))) return false;
  return !parts.hasRevision || revisionCharacters.test(version.slice(parts.revisionStart, parts.revisionEnd));
}
