import Database from 'better-sqlite3';

/** One tag of a test RPM header. */
export type HeaderTag =
  | { tag: number; type: 'string'; value: string }
  | { tag: number; type: 'string-array'; value: readonly string[] }
  | { tag: number; type: 'int32'; value: number };

const typeCodes = { int32: 4, string: 6, 'string-array': 8 } as const;

/**
 * Encodes a header blob as rpm stores it in its database: il and dl (big endian), il entries of
 * {tag, type, offset, count}, then the data store. Numbers are aligned to 4 bytes, as rpm does.
 */
export function encodeRpmHeader(tags: readonly HeaderTag[], options: { withMagic?: boolean } = {}): Buffer {
  const data: Buffer[] = [];
  let dataLength = 0;
  const entries: Buffer[] = [];
  for (const tag of tags) {
    let bytes: Buffer;
    let count: number;
    if (tag.type === 'int32') {
      const padding = (4 - (dataLength % 4)) % 4;
      if (padding > 0) {
        data.push(Buffer.alloc(padding));
        dataLength += padding;
      }
      bytes = Buffer.alloc(4);
      bytes.writeUInt32BE(tag.value);
      count = 1;
    } else if (tag.type === 'string') {
      bytes = Buffer.from(`${tag.value}\0`);
      count = 1;
    } else {
      bytes = Buffer.from(tag.value.map((value) => `${value}\0`).join(''));
      count = tag.value.length;
    }
    const entry = Buffer.alloc(16);
    entry.writeUInt32BE(tag.tag, 0);
    entry.writeUInt32BE(typeCodes[tag.type], 4);
    entry.writeUInt32BE(dataLength, 8);
    entry.writeUInt32BE(count, 12);
    entries.push(entry);
    data.push(bytes);
    dataLength += bytes.length;
  }
  const counts = Buffer.alloc(8);
  counts.writeUInt32BE(entries.length, 0);
  counts.writeUInt32BE(dataLength, 4);
  const magic = options.withMagic === true ? [Buffer.from([0x8e, 0xad, 0xe8, 0x01, 0, 0, 0, 0])] : [];
  return Buffer.concat([...magic, counts, ...entries, ...data]);
}

export interface TestRpm {
  name: string;
  version: string;
  release: string;
  epoch?: number;
  arch?: string;
  license?: string;
  sourceRpm?: string;
}

export function rpmHeaderOf(rpm: TestRpm): Buffer {
  const tags: HeaderTag[] = [
    { tag: 1000, type: 'string', value: rpm.name },
    { tag: 1001, type: 'string', value: rpm.version },
    { tag: 1002, type: 'string', value: rpm.release },
    { tag: 1004, type: 'string-array', value: ['A summary', 'Eine Zusammenfassung'] },
  ];
  if (rpm.epoch !== undefined) tags.push({ tag: 1003, type: 'int32', value: rpm.epoch });
  if (rpm.license !== undefined) tags.push({ tag: 1014, type: 'string', value: rpm.license });
  if (rpm.arch !== undefined) tags.push({ tag: 1022, type: 'string', value: rpm.arch });
  if (rpm.sourceRpm !== undefined) tags.push({ tag: 1044, type: 'string', value: rpm.sourceRpm });
  return encodeRpmHeader(tags);
}

/**
 * An rpmdb.sqlite as rpm 4.16+ lays it out (a `Packages` table of header blobs plus index tables), serialised to
 * bytes. `wal` marks the file as WAL mode, which is how rpm leaves it.
 */
export function buildRpmDatabase(blobs: readonly Buffer[], options: { wal?: boolean } = {}): Buffer {
  const database = new Database(':memory:');
  try {
    database.exec(`
      CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL);
      CREATE TABLE Name (key TEXT NOT NULL, hnum INTEGER NOT NULL, idx INTEGER NOT NULL, UNIQUE(key, hnum, idx));
    `);
    const insert = database.prepare('INSERT INTO Packages (blob) VALUES (?)');
    for (const blob of blobs) insert.run(blob);
    const bytes = database.serialize();
    if (options.wal === true) {
      bytes[18] = 2;
      bytes[19] = 2;
    }
    return bytes;
  } finally {
    database.close();
  }
}
