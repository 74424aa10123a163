/**
 * SemVer 2.0 precedence for npm, crates.io, Packagist, Hex, Pub and NuGet, and for Go modules.
 *
 * Registries other than npm publish versions that strict SemVer rejects, so versions are read leniently: a leading
 * `v` or `=`, any number of numeric release parts (NuGet's `1.2.3.4`, Packagist's `1.2`; missing parts equal 0),
 * and a pre-release with or without its hyphen (`1.0.0beta1`). Build metadata (`+build`, Go's `+incompatible`)
 * never affects the order. Pre-release identifiers follow SemVer: numeric ones compare as numbers and sort before
 * alphanumeric ones, which compare in ASCII order; a shorter identifier list sorts first when it is a prefix of the
 * longer one. For strict SemVer this is exactly node-semver's order (the tests hold the two side by side);
 * node-semver itself decides what counts as a strict (Go) version.
 *
 * Go versions additionally accept the toolchain spelling (`go1.21.5`, `go1.22rc1`). Go pseudo-versions
 * (`v0.0.0-20191109021931-daa7c04131f5`, `v1.2.4-0.20191109021931-daa7c04131f5`) are ordinary pre-releases,
 * ordered by their timestamps and before every tagged pre-release of the same version, as Go intends.
 * Unparsable versions sort before all valid ones (see `compareInvalid`).
 *
 * Comparison reads the strings in place: it runs hundreds of thousands of times per scan.
 */
import { valid as strictSemverText } from 'semver';
import { compareDigitRuns, compareInvalid, isAsciiDigit, isAsciiLetter } from './compare-text.js';

const dot = 0x2e;
const hyphen = 0x2d;
const plus = 0x2b;

function isIdentifierCharacter(code: number): boolean {
  return isAsciiDigit(code) || isAsciiLetter(code) || code === hyphen;
}

/** `v`, `V` or `=` before the numbers. */
function isVersionPrefix(code: number): boolean {
  return code === 0x76 || code === 0x56 || code === 0x3d;
}

/** Where release and pre-release lie in one version string, and whether it reads as a version at all. */
class SemverParts {
  text = '';
  valid = false;
  releaseStart = 0;
  releaseEnd = 0;
  prereleaseStart = 0;
  prereleaseEnd = 0;

  locate(text: string): this {
    this.text = text;
    let start = 0;
    let end = text.length;
    while (start < end && text.charCodeAt(start) <= 0x20) start++;
    while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
    while (start < end && isVersionPrefix(text.charCodeAt(start))) start++;
    this.releaseStart = start;
    let position = start;
    let partLength = 0;
    let valid = start < end;
    while (position < end) {
      const code = text.charCodeAt(position);
      if (isAsciiDigit(code)) partLength++;
      else if (code === dot && partLength > 0) partLength = 0;
      else break;
      position++;
    }
    if (partLength === 0) valid = false;
    this.releaseEnd = position;
    if (position < end && text.charCodeAt(position) === hyphen) position++;
    this.prereleaseStart = position;
    let identifierLength = 0;
    while (position < end && text.charCodeAt(position) !== plus) {
      const code = text.charCodeAt(position);
      if (isIdentifierCharacter(code)) identifierLength++;
      else if (code === dot && identifierLength > 0) identifierLength = 0;
      else valid = false;
      position++;
    }
    this.prereleaseEnd = position;
    if (position > this.prereleaseStart && identifierLength === 0) valid = false;
    if (position === this.prereleaseStart && this.prereleaseStart > this.releaseEnd) valid = false;
    for (position++; position < end; position++) {
      const code = text.charCodeAt(position);
      if (!isIdentifierCharacter(code) && code !== dot) valid = false;
    }
    this.valid = valid;
    return this;
  }
}

const left = new SemverParts();
const right = new SemverParts();

/** End of the run starting at `start` that stops at a dot or at `end`. */
function fieldEnd(text: string, start: number, end: number): number {
  let position = start;
  while (position < end && text.charCodeAt(position) !== dot) position++;
  return position;
}

function isNumeric(text: string, start: number, end: number): boolean {
  for (let position = start; position < end; position++) {
    if (!isAsciiDigit(text.charCodeAt(position))) return false;
  }
  return true;
}

function compareAscii(
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

/** Release parts pairwise; a missing part is an empty digit run, which equals 0. */
function compareRelease(x: SemverParts, y: SemverParts): number {
  let i = x.releaseStart;
  let j = y.releaseStart;
  while (i < x.releaseEnd || j < y.releaseEnd) {
    const iEnd = fieldEnd(x.text, i, x.releaseEnd);
    const jEnd = fieldEnd(y.text, j, y.releaseEnd);
    const order = compareDigitRuns(x.text, i, iEnd, y.text, j, jEnd);
    if (order !== 0) return order;
    // Past the end, fieldEnd yields an empty run: the shorter release is padded with zeros.
    i = iEnd + 1;
    j = jEnd + 1;
  }
  return 0;
}

function comparePrerelease(x: SemverParts, y: SemverParts): number {
  const xHas = x.prereleaseEnd > x.prereleaseStart;
  const yHas = y.prereleaseEnd > y.prereleaseStart;
  if (!xHas || !yHas) {
    if (xHas === yHas) return 0;
    return xHas ? -1 : 1;
  }
  let i = x.prereleaseStart;
  let j = y.prereleaseStart;
  for (;;) {
    const xDone = i >= x.prereleaseEnd;
    const yDone = j >= y.prereleaseEnd;
    if (xDone || yDone) {
      if (xDone === yDone) return 0;
      return xDone ? -1 : 1;
    }
    const iEnd = fieldEnd(x.text, i, x.prereleaseEnd);
    const jEnd = fieldEnd(y.text, j, y.prereleaseEnd);
    const xNumeric = isNumeric(x.text, i, iEnd);
    const yNumeric = isNumeric(y.text, j, jEnd);
    let order: number;
    if (xNumeric && yNumeric) order = compareDigitRuns(x.text, i, iEnd, y.text, j, jEnd);
    else if (xNumeric !== yNumeric) order = xNumeric ? -1 : 1;
    else order = compareAscii(x.text, i, iEnd, y.text, j, jEnd);
    if (order !== 0) return order;
    i = iEnd + 1;
    j = jEnd + 1;
  }
}

function compareLocated(x: SemverParts, y: SemverParts): number {
  if (!x.valid || !y.valid) return compareInvalid(x.valid, y.valid, x.text.trim(), y.text.trim());
  return compareRelease(x, y) || comparePrerelease(x, y);
}

export function compareSemver(a: string, b: string): number {
  if (a === b) return 0;
  return compareLocated(left.locate(a), right.locate(b));
}

const goToolchainPattern =
  /^go(?<major>[0-9]+)(?:\.(?<minor>[0-9]+))?(?:\.(?<patch>[0-9]+))?(?:(?<kind>rc|beta)(?<n>[0-9]+))?$/;

/** Go toolchain versions (`go1.21.5`, `go1.22rc1`) read as SemVer (`1.21.5`, `1.22.0-rc.1`). */
function goAsSemver(version: string): string {
  if (!version.includes('go')) return version;
  const text = version.trim();
  const groups = goToolchainPattern.exec(text)?.groups;
  if (groups === undefined) return version;
  const base = `${groups['major'] ?? '0'}.${groups['minor'] ?? '0'}.${groups['patch'] ?? '0'}`;
  const kind = groups['kind'];
  return kind === undefined ? base : `${base}-${kind}.${groups['n'] ?? '0'}`;
}

export function compareGo(a: string, b: string): number {
  if (a === b) return 0;
  const x = left.locate(goAsSemver(a));
  const y = right.locate(goAsSemver(b));
  // Invalid versions fall back to the order of the text as given, not as rewritten.
  if (!x.valid || !y.valid) return compareInvalid(x.valid, y.valid, a.trim(), b.trim());
  return compareLocated(x, y);
}

export function isValidSemverVersion(version: string): boolean {
  return new SemverParts().locate(version).valid;
}

const goShorthand = /^v?[0-9]+(?:\.[0-9]+)?$/;

/** Go versions are strict SemVer after the `v`; the shorthands `v1` and `v1.2` and toolchain names also pass. */
export function isValidGoVersion(version: string): boolean {
  const text = goAsSemver(version).trim();
  return strictSemverText(text) !== null || goShorthand.test(text);
}
