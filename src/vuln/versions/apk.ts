/**
 * Alpine (apk-tools) package versions: `digits{.digits}[letter]{_suffix[number]}[-rN]`.
 *
 * A version is read as a sequence of typed tokens; each token's type decides which types may follow it. Two
 * versions are compared token by token while their token types agree. Rules that matter:
 * - after a dot, a number with leading zeros is a fraction-like token worth minus the number of zeros, so it
 *   sorts before any number without them (`1.01` < `1.1`), and the remaining digits follow as their own token;
 * - `_alpha`, `_beta`, `_pre`, `_rc` sort before the bare version, `_cvs`, `_svn`, `_git`, `_hg`, `_p` after it;
 * - when one version runs out first it is the older one, unless the other continues with a pre-release suffix.
 * Versions apk would reject sort before all valid ones (see `compareInvalid`).
 *
 * Tokens are read in place by two reusable readers: matching compares hundreds of thousands of pairs, and
 * allocating tokens for each would cost more than the comparison itself.
 */
import { compareDigitRuns, compareInvalid, isAsciiDigit } from './compare-text.js';

const invalidToken = -1;
const digitOrZeroToken = 0;
const digitToken = 1;
const letterToken = 2;
const suffixToken = 3;
const suffixNumberToken = 4;
const revisionToken = 5;
const endToken = 6;

const preReleaseSuffixes = ['alpha', 'beta', 'pre', 'rc'] as const;
const postReleaseSuffixes = ['cvs', 'svn', 'git', 'hg', 'p'] as const;

const dot = 0x2e;
const underscore = 0x5f;
const dash = 0x2d;
const lowerR = 0x72;
const digitZero = 0x30;

function isLowerLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** A transition to a lower token type is allowed only in these three cases. */
function allowedBackwards(next: number, current: number): boolean {
  return (
    (next === digitOrZeroToken && current === digitToken) ||
    (next === suffixToken && current === suffixNumberToken) ||
    (next === digitToken && current === letterToken)
  );
}

/** Pre-release suffixes map to -4..-1, post-release ones to 0..4; the first listed prefix wins (`pre` before `p`). */
function matchSuffix(text: string, position: number): number | undefined {
  const preIndex = preReleaseSuffixes.findIndex((suffix) => text.startsWith(suffix, position));
  if (preIndex !== -1) return preIndex - preReleaseSuffixes.length;
  const postIndex = postReleaseSuffixes.findIndex((suffix) => text.startsWith(suffix, position));
  return postIndex === -1 ? undefined : postIndex;
}

function suffixLength(value: number): number {
  return value < 0
    ? (preReleaseSuffixes[value + preReleaseSuffixes.length]?.length ?? 0)
    : (postReleaseSuffixes[value]?.length ?? 0);
}

/**
 * Reads one version token by token. `type` is the type of the token the next `read` will produce; after `read`,
 * `value` (and for numbers the digit range) describe the token just read and `type` has moved on, to `endToken`
 * or `invalidToken` when nothing valid follows.
 */
class TokenReader {
  text = '';
  position = 0;
  end = 0;
  type = digitToken;
  value = 0;
  digitsStart = -1;
  digitsEnd = -1;

  reset(text: string): this {
    let start = 0;
    let end = text.length;
    while (start < end && text.charCodeAt(start) <= 0x20) start++;
    while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
    this.text = text;
    this.position = start;
    this.end = end;
    this.type = start === end ? endToken : digitToken;
    this.value = 0;
    this.digitsStart = -1;
    this.digitsEnd = -1;
    return this;
  }

  read(): void {
    const { text, end, type } = this;
    const start = this.position;
    let position = start;
    let forcedNext = invalidToken;
    this.digitsStart = -1;
    this.value = 0;
    if (type === endToken || type === invalidToken) return;
    if (type === digitOrZeroToken && text.charCodeAt(position) === digitZero) {
      while (position < end && text.charCodeAt(position) === digitZero) position++;
      this.value = start - position;
      forcedNext = digitToken;
    } else if (
      type === digitOrZeroToken ||
      type === digitToken ||
      type === suffixNumberToken ||
      type === revisionToken
    ) {
      while (position < end && isAsciiDigit(text.charCodeAt(position))) position++;
      this.digitsStart = start;
      this.digitsEnd = position;
    } else if (type === letterToken) {
      this.value = text.charCodeAt(position);
      position++;
    } else {
      const suffix = type === suffixToken ? matchSuffix(text, position) : undefined;
      if (suffix === undefined) {
        this.value = -1;
        this.type = invalidToken;
        return;
      }
      this.value = suffix;
      position += suffixLength(suffix);
    }
    this.position = position;
    if (position >= end) this.type = endToken;
    else if (forcedNext !== invalidToken) this.type = forcedNext;
    else this.advanceType(type);
  }

  /** Decides the type of the next token from the one just read, consuming a separator when there is one. */
  private advanceType(current: number): void {
    const { text, position } = this;
    const code = text.charCodeAt(position);
    let next = invalidToken;
    if ((current === digitToken || current === digitOrZeroToken) && isLowerLetter(code)) {
      next = letterToken;
    } else if (current === letterToken && isAsciiDigit(code)) {
      next = digitToken;
    } else if (current === suffixToken && isAsciiDigit(code)) {
      next = suffixNumberToken;
    } else {
      if (code === dot) next = digitOrZeroToken;
      else if (code === underscore) next = suffixToken;
      else if (code === dash && position + 1 < this.end && text.charCodeAt(position + 1) === lowerR) {
        next = revisionToken;
        this.position++;
      }
      this.position++;
    }
    this.type = next < current && !allowedBackwards(next, current) ? invalidToken : next;
  }

  /** Compares the tokens last read by two readers (both were read as the same type). */
  compareValue(other: TokenReader): number {
    if (this.digitsStart !== -1 && other.digitsStart !== -1) {
      return compareDigitRuns(
        this.text,
        this.digitsStart,
        this.digitsEnd,
        other.text,
        other.digitsStart,
        other.digitsEnd,
      );
    }
    // A run of leading zeros (negative) against a number: the number, even 0, is newer.
    const mine = this.digitsStart !== -1 ? 0 : this.value;
    const theirs = other.digitsStart !== -1 ? 0 : other.value;
    if (mine === theirs) return 0;
    return mine < theirs ? -1 : 1;
  }
}

const left = new TokenReader();
const right = new TokenReader();
const validator = new TokenReader();

function isValidText(text: string): boolean {
  const reader = validator.reset(text);
  if (reader.type === endToken) return false;
  while (reader.type !== endToken && reader.type !== invalidToken) reader.read();
  return reader.type === endToken;
}

function compareValid(a: string, b: string): number {
  const x = left.reset(a);
  const y = right.reset(b);
  let order: number;
  do {
    x.read();
    y.read();
    order = x.compareValue(y);
  } while (order === 0 && x.type === y.type && x.type !== endToken && x.type !== invalidToken);
  if (order !== 0) return order;
  if (x.type === y.type) return 0;
  // Equal so far and one goes on: the longer one is newer, unless what follows is a pre-release suffix.
  if (x.type === suffixToken) {
    x.read();
    if (x.value < 0) return -1;
  }
  if (y.type === suffixToken) {
    y.read();
    if (y.value < 0) return 1;
  }
  return x.type > y.type ? -1 : 1;
}

export function compareApk(a: string, b: string): number {
  if (a === b) return 0;
  const aValid = isValidText(a);
  const bValid = isValidText(b);
  if (!aValid || !bValid) return compareInvalid(aValid, bValid, a.trim(), b.trim());
  return compareValid(a, b);
}

export function isValidApkVersion(version: string): boolean {
  return isValidText(version);
}
