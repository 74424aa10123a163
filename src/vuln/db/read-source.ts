import { open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { VulnDbError } from './errors.js';
import { maxDocumentBytes, zipDocuments } from './read-zip.js';

/** One document of a source: its text, or why it could not be read. `file` names it inside the zip or folder. */
export type SourceDocument = { file: string; text: string } | { file: string; error: string };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isJsonName(name: string): boolean {
  return name.toLowerCase().endsWith('.json');
}

async function jsonFilesUnder(root: string, relative: string): Promise<string[]> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await jsonFilesUnder(root, child)));
    else if (entry.isFile() && isJsonName(entry.name)) files.push(child);
  }
  return files;
}

async function readDocument(fullPath: string, file: string): Promise<SourceDocument> {
  try {
    const data = await readFile(fullPath);
    if (data.length > maxDocumentBytes) return { file, error: `larger than ${maxDocumentBytes} bytes` };
    return { file, text: data.toString('utf8') };
  } catch (error) {
    return { file, error: `cannot read the file: ${describe(error)}` };
  }
}

async function* folderDocuments(folder: string): AsyncGenerator<SourceDocument> {
  for (const file of await jsonFilesUnder(folder, ''))
    yield await readDocument(path.join(folder, file), file);
}

async function startsLikeZip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head.toString('latin1') === 'PK';
  } finally {
    await handle.close();
  }
}

/**
 * Every OSV document of a source, one at a time: an OSV `all.zip` (entries are streamed, the archive is never held in
 * memory), a folder searched recursively for `*.json`, or one `.json` file. A source that cannot be read at all
 * throws; a document that cannot be read is yielded as an error and the rest continues.
 */
export async function* readOsvDocuments(source: string): AsyncGenerator<SourceDocument> {
  let info;
  try {
    info = await stat(source);
  } catch (error) {
    throw new VulnDbError(`${source}: cannot read (${describe(error)})`);
  }
  if (info.isDirectory()) {
    yield* folderDocuments(source);
    return;
  }
  if (isJsonName(source) && !(await startsLikeZip(source))) {
    yield await readDocument(source, path.basename(source));
    return;
  }
  yield* zipDocuments(source, isJsonName);
}
