/**
 * RubyGems versions, ordered like Gem::Version.
 *
 * A version matches `digits(.alnum)*(-alnum(.alnum)*)?`; every `-` means `.pre.`. It is split into segments at
 * dots and where letters meet digits (`1.0.b12` → 1, 0, "b", 12). Trailing zeros are dropped from the leading
 * numeric part and from the rest separately, so `1.0` = `1` and `1.0.a.0` = `1.a`. Segments are compared in
 * turn, a missing one counting as 0: numbers by value, strings in byte order, and a string (a pre-release) sorts
 * before any number. Versions Gem::Version rejects sort before all valid ones (see `compareInvalid`).
 */
import { memoizeParse } from './cache.js';
import {
  compareDigits,
  compareInvalid,
  compareText,
  isAsciiDigit,
  isAsciiLetter,
  stripLeadingZeros,
} from './compare-text.js';

/** A numeric segment holds its digits without leading zeros (zero is ""); a string segment its letters. */
interface GemSegment {
  numeric: boolean;
  text: string;
}

interface GemVersion {
  text: string;
  valid: boolean;
  segments: GemSegment[];
}

const gemVersionPattern = /^[0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
const hyphen = 0x2d;
const preSegment: GemSegment = { numeric: false, text: 'pre' };

function isZero(segment: GemSegment): boolean {
  return segment.numeric && segment.text === '';
}

function dropTrailingZeros(segments: GemSegment[]): GemSegment[] {
  let end = segments.length;
  while (end > 0) {
    const last = segments[end - 1];
    if (last === undefined || !isZero(last)) break;
    end--;
  }
  return end === segments.length ? segments : segments.slice(0, end);
}

/** Segments in order: runs of digits and runs of letters; `-` (read as `.pre.`) adds a "pre" segment. */
function scanSegments(text: string): GemSegment[] {
  const segments: GemSegment[] = [];
  let position = 0;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (code === hyphen) {
      segments.push(preSegment);
      position++;
      continue;
    }
    const numeric = isAsciiDigit(code);
    if (!numeric && !isAsciiLetter(code)) {
      position++;
      continue;
    }
    const start = position;
    const inRun = numeric ? isAsciiDigit : isAsciiLetter;
    while (position < text.length && inRun(text.charCodeAt(position))) position++;
    const run = text.slice(start, position);
    segments.push({ numeric, text: numeric ? stripLeadingZeros(run) : run });
  }
  return segments;
}

function parseGem(raw: string): GemVersion {
  const text = raw.trim();
  if (text === '') return { text, valid: true, segments: [] };
  if (!gemVersionPattern.test(text)) return { text, valid: false, segments: [] };
  const segments = scanSegments(text);
  let firstString = 0;
  while (firstString < segments.length && segments[firstString]?.numeric === true) firstString++;
  const numericPart = dropTrailingZeros(segments.slice(0, firstString));
  if (firstString === segments.length) return { text, valid: true, segments: numericPart };
  return { text, valid: true, segments: numericPart.concat(dropTrailingZeros(segments.slice(firstString))) };
}

const parse = memoizeParse(parseGem);

const zeroSegment: GemSegment = { numeric: true, text: '' };

function compareSegments(a: GemSegment, b: GemSegment): number {
  if (a.numeric !== b.numeric) return a.numeric ? 1 : -1;
  return a.numeric ? compareDigits(a.text, b.text) : compareText(a.text, b.text);
}

export function compareRubyGems(a: string, b: string): number {
  if (a === b) return 0;
  const left = parse(a);
  const right = parse(b);
  if (!left.valid || !right.valid) return compareInvalid(left.valid, right.valid, left.text, right.text);
  const length = Math.max(left.segments.length, right.segments.length);
  for (let index = 0; index < length; index++) {
    const order = compareSegments(left.segments[index] ?? zeroSegment, right.segments[index] ?? zeroSegment);
    if (order !== 0) return order;
  }
  return 0;
}

export function isValidRubyGemsVersion(version: string): boolean {
  return parse(version).valid;
}
