import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A small zip writer for test and benchmark archives: deflated entries, a fixed timestamp, and ZIP64 end records when
 * there are more than 65,535 entries (OSV archives of large ecosystems have that many). Offsets stay below 4 GiB, so
 * per-entry ZIP64 fields are never needed.
 */
export interface ZipWriter {
  add(name: string, data: Buffer): void;
  close(): void;
}

const dosTime = 0; // 00:00:00
const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1; // 2026-01-01
const utf8Names = 0x0800;

interface Written {
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function centralHeader(entry: Written): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(utf8Names, 8);
  header.writeUInt16LE(8, 10);
  header.writeUInt16LE(dosTime, 12);
  header.writeUInt16LE(dosDate, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.compressedSize, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}

function endRecords(count: number, directorySize: number, directoryOffset: number): Buffer {
  const parts: Buffer[] = [];
  const zip64 = count > 0xfffe;
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(directorySize), 40);
    record.writeBigUInt64LE(BigInt(directoryOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
    locator.writeUInt32LE(1, 16);
    parts.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : count, 8);
  end.writeUInt16LE(zip64 ? 0xffff : count, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryOffset, 16);
  parts.push(end);
  return Buffer.concat(parts);
}

export function createZipWriter(file: string): ZipWriter {
  const descriptor = openSync(file, 'w');
  const entries: Written[] = [];
  let offset = 0;
  function write(buffer: Buffer): void {
    writeSync(descriptor, buffer);
    offset += buffer.length;
  }
  return {
    add(name, data) {
      const compressed = deflateRawSync(data);
      const entry: Written = {
        name: Buffer.from(name, 'utf8'),
        crc: crc32(data),
        compressedSize: compressed.length,
        size: data.length,
        offset,
      };
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(utf8Names, 6);
      header.writeUInt16LE(8, 8);
      header.writeUInt16LE(dosTime, 10);
      header.writeUInt16LE(dosDate, 12);
      header.writeUInt32LE(entry.crc, 14);
      header.writeUInt32LE(entry.compressedSize, 18);
      header.writeUInt32LE(entry.size, 22);
      header.writeUInt16LE(entry.name.length, 26);
      write(header);
      write(entry.name);
      write(compressed);
      entries.push(entry);
    },
    close() {
      const directoryOffset = offset;
      for (const entry of entries) write(centralHeader(entry));
      write(endRecords(entries.length, offset - directoryOffset, directoryOffset));
      closeSync(descriptor);
    },
  };
}
