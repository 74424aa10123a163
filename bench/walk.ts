import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `root`, as sorted `/`-separated relative paths: the order a folder scan visits them. */
export async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  async function visit(relative: string): Promise<void> {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) await visit(child);
      else if (entry.isFile()) out.push(child);
    }
  }
  await visit('');
  return out;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file the way the scanner does: bytes, strict UTF-8 decoding, a leading BOM dropped. */
export async function readText(file: string): Promise<string> {
  const text = strictUtf8.decode(await readFile(file));
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

export const yamlExtension = /\.(?:ya?ml|json)$/i;
