import type { YamlParse } from './document.js';
import { parseWithFastPath } from './fast-path.js';

export type { YamlDocument, YamlParse } from './document.js';

/**
 * Parses every document of a YAML (or JSON) file once, keeping enough of the syntax tree that findings can point at
 * lines. A document with errors is reported and skipped; the others are still returned.
 */
export function parseYamlDocuments(text: string): YamlParse {
  return parseWithFastPath(text);
}
