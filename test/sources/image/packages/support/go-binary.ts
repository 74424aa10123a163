const magic = Buffer.from('\xff Go buildinf:', 'latin1');
/** The 16-byte markers the go command puts around the module info string. */
const moduleInfoStart = Buffer.from('3077af0c9274080241e1c107e6d618e6', 'hex');
const moduleInfoEnd = Buffer.from('f932433186182072008242104116d8f2', 'hex');

function uvarint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

function varintString(text: Buffer): Buffer {
  return Buffer.concat([uvarint(text.length), text]);
}

export interface GoBinaryOptions {
  goVersion: string;
  /** Module info text (`path`, `mod`, `dep`, `=>` lines); wrapped in the sentinels here. */
  moduleInfo: string;
  /** Where the build info blob starts; 16-byte aligned like the linker places it. */
  blobOffset: number;
  totalSize: number;
  /** The pre-1.18 layout: pointers instead of inline strings. */
  pointerFormat?: boolean;
  /** Bytes of a string literal equal to the magic placed before the real blob, as programs reading build info carry. */
  decoyOffset?: number;
}

/** A synthetic ELF executable: a 64-byte ELF header, filler, and a Go build info blob where the linker would put it. */
export function buildGoBinary(options: GoBinaryOptions): Buffer {
  const binary = Buffer.alloc(options.totalSize);
  // Filler that is not zero, so nothing is found by accident in a blank file.
  for (let index = 0; index < binary.length; index += 1) binary[index] = (index * 31 + 7) & 0x7f;
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(binary, 0);
  binary.fill(0, 8, 64);
  if (options.decoyOffset !== undefined) {
    Buffer.concat([magic, Buffer.from('internal/buildinfo: not a Go binary')]).copy(
      binary,
      options.decoyOffset,
    );
  }
  const header = Buffer.alloc(32);
  magic.copy(header, 0);
  header[14] = 8;
  header[15] = options.pointerFormat === true ? 0 : 2;
  if (options.pointerFormat === true) header.writeBigUInt64LE(0x4c5000n, 16);
  const blob =
    options.pointerFormat === true
      ? header
      : Buffer.concat([
          header,
          varintString(Buffer.from(options.goVersion)),
          varintString(Buffer.concat([moduleInfoStart, Buffer.from(options.moduleInfo), moduleInfoEnd])),
        ]);
  blob.copy(binary, options.blobOffset);
  return binary;
}
