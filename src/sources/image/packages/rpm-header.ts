/** The RPM header tags the inventory reads (rpmtag.h numbering). */
export const rpmTags = {
  name: 1000,
  version: 1001,
  release: 1002,
  epoch: 1003,
  license: 1014,
  arch: 1022,
  sourceRpm: 1044,
} as const;

const typeInt32 = 4;
const typeString = 6;
const typeStringArray = 8;
const typeI18nString = 9;
const entrySize = 16;
/** Headers inside a package file start with this magic; the database stores them without it. */
const headerMagic = Buffer.from([0x8e, 0xad, 0xe8, 0x01]);
/** No real header has this many tags or bytes; beyond it the blob is garbage and reading it would waste memory. */
const maxEntries = 65_536;

export interface RpmHeader {
  strings: Map<number, string>;
  numbers: Map<number, number>;
}

function readString(data: Buffer, offset: number): string | undefined {
  const end = data.indexOf(0, offset);
  if (end === -1) return undefined;
  return data.toString('utf8', offset, end);
}

/**
 * Decodes an RPM header blob: `il` and `dl` (big-endian counts), `il` index entries of {tag, type, offset, count},
 * then `dl` bytes of data the entries point into. Throws with a reason when the blob is not a header.
 */
export function parseRpmHeader(blob: Buffer, wanted: ReadonlySet<number>): RpmHeader {
  let start = 0;
  if (blob.length >= 8 && blob.subarray(0, 4).equals(headerMagic)) start = 8;
  if (blob.length < start + 8) throw new Error('header is shorter than its 8-byte preamble');
  const entryCount = blob.readUInt32BE(start);
  const dataLength = blob.readUInt32BE(start + 4);
  if (entryCount > maxEntries) throw new Error(`header claims ${entryCount} index entries`);
  const dataStart = start + 8 + entryCount * entrySize;
  if (dataStart + dataLength > blob.length) {
    throw new Error(`header needs ${dataStart + dataLength} bytes but the blob has ${blob.length}`);
  }
  const data = blob.subarray(dataStart, dataStart + dataLength);
  const header: RpmHeader = { strings: new Map(), numbers: new Map() };
  for (let index = 0; index < entryCount; index += 1) {
    const at = start + 8 + index * entrySize;
    const tag = blob.readUInt32BE(at);
    if (!wanted.has(tag)) continue;
    const type = blob.readUInt32BE(at + 4);
    const offset = blob.readUInt32BE(at + 8);
    const count = blob.readUInt32BE(at + 12);
    if (offset >= data.length) throw new Error(`tag ${tag} points outside the header data`);
    if (type === typeInt32) {
      if (count < 1 || offset + 4 > data.length) throw new Error(`tag ${tag} has no room for its number`);
      header.numbers.set(tag, data.readUInt32BE(offset));
    } else if (type === typeString || type === typeStringArray || type === typeI18nString) {
      // Arrays and translated strings: the first element is the untranslated value.
      const value = readString(data, offset);
      if (value === undefined) throw new Error(`tag ${tag} has an unterminated string`);
      header.strings.set(tag, value);
    }
  }
  return header;
}
