import { decodeText, errorMessage, FileNotes, looksBinary } from './notes.js';
import { NpmPackageJson } from './schema.js';
import type { FoundPackage, ParsedPackageFile } from './types.js';

/** Splits `@scope/name` into the scope (the purl namespace) and the bare name. */
export function npmPackage(fullName: string, version: string): FoundPackage {
  const slash = fullName.indexOf('/');
  if (fullName.startsWith('@') && slash > 1) {
    return { type: 'npm', namespace: fullName.slice(0, slash), name: fullName.slice(slash + 1), version };
  }
  return { type: 'npm', name: fullName, version };
}

function licensesOf(manifest: NpmPackageJson): string[] | undefined {
  if (typeof manifest.license === 'string' && manifest.license !== '') return [manifest.license];
  if (manifest.license !== undefined && typeof manifest.license !== 'string') return [manifest.license.type];
  // The deprecated `licenses` array still appears in old packages.
  const types = (manifest.licenses ?? []).map((license) => license.type).filter((type) => type !== '');
  return types.length > 0 ? types : undefined;
}

/** Parses `node_modules/<name>/package.json` or `node_modules/@scope/<name>/package.json` of an installed package. */
export function parseNpmPackageJson(path: string, content: Buffer): ParsedPackageFile {
  const notes = new FileNotes(path);
  if (looksBinary(content)) {
    notes.add('not a package manifest (binary content)');
    return { packages: [], notes: notes.list() };
  }
  let json: unknown;
  try {
    json = JSON.parse(decodeText(content));
  } catch (error) {
    notes.add(`not valid JSON: ${errorMessage(error)}`);
    return { packages: [], notes: notes.list() };
  }
  const parsed = NpmPackageJson.safeParse(json);
  if (!parsed.success) {
    notes.add('is not a package manifest object');
    return { packages: [], notes: notes.list() };
  }
  const { name, version } = parsed.data;
  // Nested helper manifests (`{"type": "module"}`) have no name or version and describe no package.
  if (name === undefined || name === '' || version === undefined || version === '') {
    return { packages: [], notes: notes.list() };
  }
  const found = npmPackage(name, version);
  const licenses = licensesOf(parsed.data);
  if (licenses !== undefined) found.licenses = licenses;
  return { packages: [found], notes: notes.list() };
}
