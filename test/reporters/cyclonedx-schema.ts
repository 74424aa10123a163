import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * The official CycloneDX 1.6 JSON schema, as the CycloneDX library ships it (with the SPDX licence-id and JSF
 * schemas it refers to), compiled with ajv. Everything is read from node_modules: validation works offline.
 */

const require = createRequire(import.meta.url);
const schemaDirectory = path.join(
  path.dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')),
  'res',
  'schema',
);

function schema(file: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(path.join(schemaDirectory, file), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`${file}: not a schema`);
  return { ...parsed };
}

// ajv-formats is CommonJS; its default export arrives as the module object under NodeNext.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function compile() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // The 2019 formats ajv-formats lacks: accept them (what they constrain is not what these tests are about).
  ajv.addFormat('iri-reference', true);
  ajv.addFormat('idn-email', true);
  // The bom schema refers to its siblings by their file names; register them under the URIs those names resolve to.
  const base = 'http://cyclonedx.org/schema/';
  ajv.addSchema({ ...schema('spdx.SNAPSHOT.schema.json'), $id: `${base}spdx.SNAPSHOT.schema.json` });
  ajv.addSchema({ ...schema('jsf-0.82.SNAPSHOT.schema.json'), $id: `${base}jsf-0.82.SNAPSHOT.schema.json` });
  return ajv.compile(schema('bom-1.6.SNAPSHOT.schema.json'));
}

let validate: ReturnType<typeof compile> | undefined;

/** Schema errors of a CycloneDX 1.6 JSON document, as `path: message` lines; empty when it is valid. */
export function cycloneDxSchemaErrors(document: unknown): string[] {
  validate ??= compile();
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (error: ErrorObject) => `${error.instancePath || '/'}: ${error.message ?? ''}`,
  );
}
