import { readFile, stat } from 'node:fs/promises';

export type ReadResult = { ok: true; text: string } | { ok: false; line: number; message: string };

const sniffLength = 8000;

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index += 1)
    if (bytes[index] === 0x0a) line += 1;
  return line;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line += 1;
  }
  return 1;
}

/** Decodes bytes as UTF-8 text, refusing binary content and invalid encodings with the line where they start. */
export function decodeText(bytes: Uint8Array): ReadResult {
  const nul = bytes.subarray(0, sniffLength).indexOf(0);
  if (nul >= 0)
    return {
      ok: false,
      line: lineOfOffset(bytes, nul),
      message: 'binary file (contains NUL bytes), not scanned',
    };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, line: firstInvalidUtf8Line(bytes), message: 'invalid UTF-8, not scanned' };
  }
}

function describeFsError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied, not scanned';
    case 'ELOOP':
      return 'symbolic link loop, not scanned';
    case 'ENOENT':
      return 'no such file or directory';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read file${code ? ` (${code})` : ''}`;
  }
}

export async function readInput(file: string, maxBytes: number): Promise<ReadResult> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, line: 1, message: 'not a regular file, not scanned' };
    if (info.size > maxBytes) {
      const size = (info.size / 1024 / 1024).toFixed(1);
      const limit = (maxBytes / 1024 / 1024).toFixed(0);
      return {
        ok: false,
        line: 1,
        message: `file is ${size} MB, over the ${limit} MB limit (maxFileSizeMB in .bulwark.yaml), not scanned`,
      };
    }
    return decodeText(await readFile(file));
  } catch (error) {
    return { ok: false, line: 1, message: describeFsError(error) };
  }
}

export { describeFsError };
