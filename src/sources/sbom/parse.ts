import type { FieldPath, Inventory } from '../../core/index.js';
import { comparePackages } from '../../core/index.js';
import type { ParseError } from '../shared/parse-result.js';
import { parseYamlDocuments } from '../yaml/parse-documents.js';
import { readCycloneDx } from './cyclonedx.js';
import type { SbomReading } from './read-result.js';
import { firstIssue } from './read-result.js';
import { CycloneDxHeader, SpdxHeader } from './schema.js';
import { readSpdx } from './spdx.js';

export type SbomFormat = 'cyclonedx' | 'spdx';

export interface SbomParse {
  /** Which format the document is, when it is one Bulwark reads. */
  format?: SbomFormat;
  inventory: Inventory;
  /** The document as a whole could not be read: not JSON, neither format, or a version Bulwark does not read. */
  errors: ParseError[];
  /** Entries that became no package (no purl, an ecosystem Bulwark does not inventory); the rest was read. */
  skipped: ParseError[];
}

const cycloneDxVersions = /^1\.[2-7]$/;
const spdxVersions: ReadonlySet<string> = new Set(['SPDX-2.2', 'SPDX-2.3']);

function lineAt(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** V8 reports where JSON broke as `position N`; without one, the end of the text is where it ran out. */
function jsonError(text: string, error: unknown): ParseError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (?<at>\d+)/.exec(message)?.groups?.['at'];
  const { line, column } = lineAt(text, position === undefined ? text.length : Number(position));
  return { line, column, message: `not valid JSON: ${message}` };
}

function failed(error: ParseError, format?: SbomFormat): SbomParse {
  return {
    ...(format === undefined ? {} : { format }),
    inventory: { packages: [] },
    errors: [error],
    skipped: [],
  };
}

/** Lines are found only when an entry is skipped: locating parses the text a second time, keeping positions. */
function lineLocator(text: string): (path: FieldPath) => number {
  let locate: ((path: FieldPath) => number) | undefined;
  return (path) => {
    if (locate === undefined) {
      const document = parseYamlDocuments(text).documents[0];
      locate = document === undefined ? () => 1 : (at) => document.locate(at).range.startLine;
    }
    return locate(path);
  };
}

function finish(reading: SbomReading, format: SbomFormat, text: string): SbomParse {
  const lineOf = lineLocator(text);
  return {
    format,
    inventory: { ...reading.inventory, packages: [...reading.inventory.packages].sort(comparePackages) },
    errors: [],
    skipped: reading.skipped.map((entry) => ({ line: lineOf(entry.path), message: entry.message })),
  };
}

function headerError(
  format: string,
  issues: readonly { path: PropertyKey[]; message: string }[],
): ParseError {
  return { line: 1, message: `malformed ${format} document: ${firstIssue(issues)}` };
}

function isSpdx3(document: object): boolean {
  const context = '@context' in document ? JSON.stringify(document['@context']) : '';
  return context.includes('spdx.org/rdf/3');
}

/**
 * Reads a CycloneDX (JSON, 1.2–1.7) or SPDX (JSON, 2.2 or 2.3) document into the inventory it describes: packages
 * from purls, the operating system from its component or package. `file` names the document in messages and is the
 * packages' `file` when the document does not say where a package was recorded.
 */
export function parseSbom(text: string, file: string): SbomParse {
  const content = text.replace(/^\uFEFF/, '');
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch (error) {
    if (content.trimStart().startsWith('<'))
      return failed({ line: 1, message: 'XML SBOMs are not supported: use CycloneDX or SPDX JSON' });
    return failed(jsonError(content, error));
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    return failed({ line: 1, message: 'not an SBOM: the JSON is not an object' });
  const cycloneDx = CycloneDxHeader.safeParse(document);
  if (cycloneDx.success) {
    const version = cycloneDx.data.specVersion;
    if (!cycloneDxVersions.test(version))
      return failed(
        { line: 1, message: `CycloneDX specVersion ${version} is not supported (1.2 to 1.7)` },
        'cyclonedx',
      );
    return finish(readCycloneDx(cycloneDx.data, file), 'cyclonedx', content);
  }
  const spdx = SpdxHeader.safeParse(document);
  if (spdx.success) {
    const version = spdx.data.spdxVersion;
    if (!spdxVersions.has(version))
      return failed({ line: 1, message: `${version} is not supported (SPDX-2.2 or SPDX-2.3)` }, 'spdx');
    return finish(readSpdx(spdx.data, file), 'spdx', content);
  }
  if (isSpdx3(document))
    return failed(
      { line: 1, message: 'SPDX 3 (JSON-LD) is not supported: use SPDX 2.3 or CycloneDX JSON' },
      'spdx',
    );
  if ('bomFormat' in document) return failed(headerError('CycloneDX', cycloneDx.error.issues));
  if ('spdxVersion' in document) return failed(headerError('SPDX', spdx.error.issues));
  return failed({
    line: 1,
    message: 'neither CycloneDX (no "bomFormat": "CycloneDX") nor SPDX 2 (no "spdxVersion") JSON',
  });
}
