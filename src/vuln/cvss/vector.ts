/**
 * Reads a CVSS vector string into its version and metrics, rejecting anything the specifications do not allow:
 * an unknown prefix, metric or value, a metric given twice, a missing base metric, an empty part.
 */
import { cvssMetricSets } from './metrics.js';
import type { CvssVersion } from './metrics.js';

export interface CvssVector {
  version: CvssVersion;
  /** The vector as given, without surrounding blanks (and without the parentheses some v2 feeds add). */
  text: string;
  metrics: ReadonlyMap<string, string>;
}

const prefixes: readonly [string, CvssVersion][] = [
  ['CVSS:4.0/', '4.0'],
  ['CVSS:3.1/', '3.1'],
  ['CVSS:3.0/', '3.0'],
  // Not part of the v2 specification, but some feeds write it.
  ['CVSS:2.0/', '2.0'],
];

function splitPrefix(text: string): [CvssVersion, string] | undefined {
  for (const [prefix, version] of prefixes) {
    if (text.startsWith(prefix)) return [version, text.slice(prefix.length)];
  }
  // v2 vectors have no prefix; anything else that starts with CVSS: is a version this reader does not know.
  if (text.startsWith('CVSS:')) return undefined;
  return ['2.0', text];
}

export function readCvssVector(vector: string): CvssVector | undefined {
  let text = vector.trim();
  if (text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1).trim();
  const split = splitPrefix(text);
  if (split === undefined) return undefined;
  const [version, body] = split;
  const definition = cvssMetricSets[version];
  const metrics = new Map<string, string>();
  for (const part of body.split('/')) {
    const separator = part.indexOf(':');
    if (separator <= 0 || separator !== part.lastIndexOf(':')) return undefined;
    const name = part.slice(0, separator);
    const value = part.slice(separator + 1);
    const allowed = Object.hasOwn(definition.values, name) ? definition.values[name] : undefined;
    if (allowed === undefined || !allowed.includes(value) || metrics.has(name)) return undefined;
    metrics.set(name, value);
  }
  for (const name of definition.base) {
    if (!metrics.has(name)) return undefined;
  }
  return { version, text, metrics };
}
