import { fromBufferPromise } from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { errorMessage, FileNotes } from './notes.js';
import type { FoundPackage, ParsedPackageFile } from './types.js';

/** Largest archive, at any nesting level, read into memory. */
export const maxJavaArchiveBytes = 64 * 1024 * 1024;
/** Total bytes the nested archives of one file may expand to. */
const maxExpandedBytes = 256 * 1024 * 1024;
/** Spring Boot and WAR files nest jars one level deep; EARs nest WARs that nest jars. Deeper is not followed. */
const maxNestingDepth = 3;
const maxMetadataBytes = 1024 * 1024;
const pomPropertiesPattern = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;
const archiveNamePattern = /\.(?:jar|war|ear)$/i;
/** `name-1.2.3.jar`, `guava-31.1-jre.jar`: the version starts at the last dash followed by a digit. */
const fileNamePattern = /^(?<name>.+)-(?<version>\d+(?:\.\d+)*(?:[-.][A-Za-z0-9]+)*)\.(?:jar|war|ear)$/i;

/** True for file names the inventory opens as Java archives. */
export function isJavaArchiveName(path: string): boolean {
  return archiveNamePattern.test(path);
}

/** `key=value` or `key: value` lines of a Java properties file; `#` and `!` start comments. */
function readProperties(text: string): Map<string, string> {
  const properties = new Map<string, string>();
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const match = /^(?<key>[^=:\s]+)\s*[=:]\s*(?<value>.*)$/.exec(line);
    if (match?.groups?.key !== undefined) properties.set(match.groups.key, match.groups.value ?? '');
  }
  return properties;
}

/** The main section of `META-INF/MANIFEST.MF`; lines longer than 72 bytes continue on lines starting with a space. */
function readManifest(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  let lastKey: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    if (line.startsWith(' ') && lastKey !== undefined) {
      attributes.set(lastKey, `${attributes.get(lastKey) ?? ''}${line.slice(1)}`);
      continue;
    }
    const colon = line.indexOf(': ');
    if (colon <= 0) continue;
    lastKey = line.slice(0, colon);
    attributes.set(lastKey, line.slice(colon + 2));
  }
  return attributes;
}

async function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

interface ArchiveContents {
  poms: Map<string, string>[];
  manifest?: Map<string, string>;
}

/** What is left of `maxExpandedBytes`: a small zip can hold many large deflated entries. */
interface ExpansionBudget {
  remaining: number;
}

interface ArchiveVisit {
  depth: number;
  subject: string;
  notes: FileNotes;
  budget: ExpansionBudget;
  /** Reads a nested archive as soon as it is found, so at most one per nesting level is in memory. */
  onNested(name: string, content: Buffer): Promise<void>;
}

async function readContents(content: Buffer, visit: ArchiveVisit): Promise<ArchiveContents> {
  const contents: ArchiveContents = { poms: [] };
  const zip = await fromBufferPromise(content, { lazyEntries: true });
  for await (const entry of zip.eachEntry()) {
    const name = entry.fileName;
    const wantsMetadata = pomPropertiesPattern.test(name) || name === 'META-INF/MANIFEST.MF';
    const wantsNested = isJavaArchiveName(name) && visit.depth + 1 < maxNestingDepth;
    if (!wantsMetadata && !wantsNested) continue;
    const limit = wantsMetadata ? maxMetadataBytes : Math.min(maxJavaArchiveBytes, visit.budget.remaining);
    if (entry.uncompressedSize > limit) {
      visit.notes.add(`${visit.subject} entry ${name} is larger than ${limit} bytes; not read`);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readEntry(zip, entry);
    } catch (error) {
      visit.notes.add(`${visit.subject} entry ${name} is unreadable: ${errorMessage(error)}`);
      continue;
    }
    if (name === 'META-INF/MANIFEST.MF') contents.manifest = readManifest(bytes.toString('utf8'));
    else if (wantsMetadata) contents.poms.push(readProperties(bytes.toString('utf8')));
    else {
      visit.budget.remaining -= bytes.length;
      await visit.onNested(name, bytes);
    }
  }
  return contents;
}

function fromPoms(poms: readonly Map<string, string>[]): FoundPackage[] {
  const found: FoundPackage[] = [];
  for (const pom of poms) {
    const groupId = pom.get('groupId');
    const artifactId = pom.get('artifactId');
    const version = pom.get('version');
    if (artifactId === undefined || artifactId === '' || version === undefined || version === '') continue;
    const record: FoundPackage = { type: 'maven', name: artifactId, version };
    if (groupId !== undefined && groupId !== '') record.namespace = groupId;
    found.push(record);
  }
  return found;
}

/** Without pom.properties the identity is a guess: the manifest's title and version, else the file name. */
function fallbackIdentity(
  location: string,
  subject: string,
  manifest: Map<string, string> | undefined,
  notes: FileNotes,
): FoundPackage[] {
  const title = manifest?.get('Implementation-Title');
  const version = manifest?.get('Implementation-Version');
  if (title !== undefined && title !== '' && version !== undefined && version !== '') {
    notes.add(`${subject} has no pom.properties; identity taken from MANIFEST.MF (lower confidence)`);
    const record: FoundPackage = { type: 'maven', name: title, version };
    const vendorId = manifest?.get('Implementation-Vendor-Id');
    if (vendorId !== undefined && vendorId !== '') record.namespace = vendorId;
    return [record];
  }
  const fileName = location.slice(location.lastIndexOf('/') + 1);
  const groups = fileNamePattern.exec(fileName)?.groups;
  if (groups?.name !== undefined && groups.version !== undefined) {
    notes.add(
      `${subject} has no pom.properties or manifest version; identity taken from the file name (lower confidence)`,
    );
    return [{ type: 'maven', name: groups.name, version: groups.version }];
  }
  notes.add(
    `${subject} has no Maven coordinates (no pom.properties, manifest version or versioned file name)`,
  );
  return [];
}

async function collectArchive(
  location: string,
  content: Buffer,
  depth: number,
  notes: FileNotes,
  budget: ExpansionBudget,
  packages: FoundPackage[],
): Promise<void> {
  const subject = depth === 0 ? 'archive' : `nested archive ${location.slice(location.indexOf('!/') + 2)}`;
  const nestedPackages: FoundPackage[] = [];
  let contents: ArchiveContents;
  try {
    contents = await readContents(content, {
      depth,
      subject,
      notes,
      budget,
      onNested: (name, bytes) =>
        collectArchive(`${location}!/${name}`, bytes, depth + 1, notes, budget, nestedPackages),
    });
  } catch (error) {
    notes.add(`${subject} is not a readable zip archive: ${errorMessage(error)}`);
    packages.push(...nestedPackages);
    return;
  }
  const found = fromPoms(contents.poms);
  const identified = found.length > 0 ? found : fallbackIdentity(location, subject, contents.manifest, notes);
  for (const record of identified) {
    if (depth > 0) record.file = location;
    packages.push(record);
  }
  packages.push(...nestedPackages);
}

/**
 * Reads a jar, war or ear: every `META-INF/maven/<group>/<artifact>/pom.properties` is a package; nested archives
 * (`BOOT-INF/lib/*.jar`, `WEB-INF/lib/*.jar`) are read the same way, their packages' `file` being
 * `<archive>!/<entry>`. Asynchronous because the zip reader is.
 */
export async function parseJavaArchive(path: string, content: Buffer): Promise<ParsedPackageFile> {
  const notes = new FileNotes(path, 20);
  const packages: FoundPackage[] = [];
  await collectArchive(path, content, 0, notes, { remaining: maxExpandedBytes }, packages);
  return { packages, notes: notes.list() };
}
