import type { CollectionTag, ScalarTag } from 'yaml';
import { CST, Document, isScalar } from 'yaml';
import type { Cursor } from './fast-tokens.js';
import { unsupported } from './fast-tokens.js';
import { kubernetesYamlOptions } from './options.js';

// Scalars resolve with the very tags the Composer uses: one document built with the same options gives the schema
// (YAML 1.1 tags minus timestamps, the stricter float) and the resolved options `resolve` receives.
const probe = new Document(undefined, kubernetesYamlOptions);
const resolveOptions = probe.options;

/**
 * The converter reproduces the compose step for these option values only (strict checks, unique keys, any key type,
 * no compat warnings); should the options ever change, every document goes the full way.
 */
export const fastPathApplies =
  resolveOptions.strict &&
  resolveOptions.uniqueKeys === true &&
  !resolveOptions.stringKeys &&
  probe.schema.compat === null;

function isScalarTag(tag: CollectionTag | ScalarTag): tag is ScalarTag {
  return tag.collection === undefined;
}

const scalarTags = probe.schema.tags.filter(isScalarTag);

// A plain scalar takes the first default tag whose pattern matches, in schema order; keys also try the `'key'`
// defaults (the `<<` merge key), exactly as the compose step looks tags up.
const valueTags = scalarTags.filter((tag) => tag.default === true && tag.test !== undefined);
const keyTags = scalarTags.filter(
  (tag) => (tag.default === true || tag.default === 'key') && tag.test !== undefined,
);

function findStringTag(): ScalarTag {
  const tag = scalarTags.find((candidate) => candidate.tag === 'tag:yaml.org,2002:str');
  if (tag === undefined) throw new Error('the YAML schema has no string tag');
  return tag;
}

// Quoted and block scalars, and plain ones no pattern matches, take the schema's string tag.
const stringTag = findStringTag();

let resolveFailed = false;

function onResolveError(): void {
  resolveFailed = true;
}

function applyTag(tag: ScalarTag, source: string): unknown {
  resolveFailed = false;
  let result: unknown;
  try {
    result = tag.resolve(source, onResolveError, resolveOptions);
  } catch {
    unsupported();
  }
  if (resolveFailed) unsupported();
  const value: unknown = isScalar(result) ? result.value : result;
  // `toJS` keeps these as they are; anything but a plain primitive (a merge-key symbol, a bigint) goes the full way.
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return value;
  }
  return unsupported();
}

// Keys and many values repeat (`name`, `true`, `80`); resolving a text always gives the same primitive, so texts
// are remembered, a bounded number of them. Only short ones: V8 copies short substrings but lets longer ones share
// the memory of the file text they come from, and the memo must never keep a file's text alive.
const memoLimit = 4096;
const memoTextLength = 12;
const resolvedValues = new Map<string, unknown>();
const resolvedKeys = new Map<string, unknown>();

/** Resolves the text of a plain scalar to its value, like the compose step for an untagged scalar. */
export function resolvePlain(source: string, atKey: boolean): unknown {
  if (source.length > memoTextLength) return resolveUncached(source, atKey);
  const memo = atKey ? resolvedKeys : resolvedValues;
  const known = memo.get(source);
  if (known !== undefined) return known;
  const value = resolveUncached(source, atKey);
  if (memo.size >= memoLimit) memo.clear();
  memo.set(source, value);
  return value;
}

function resolveUncached(source: string, atKey: boolean): unknown {
  let tag = stringTag;
  for (const candidate of atKey ? keyTags : valueTags) {
    if (candidate.test?.test(source) === true) {
      tag = candidate;
      break;
    }
  }
  if (tag.default === 'key') unsupported();
  return applyTag(tag, source);
}

let scalarFailed = false;

function onScalarError(): void {
  scalarFailed = true;
}

/** Reads and resolves one scalar token and moves the cursor to its end. */
export function scalarValue(
  token: CST.FlowScalar | CST.BlockScalar,
  atKey: boolean,
  cursor: Cursor,
): unknown {
  scalarFailed = false;
  const scalar = CST.resolveAsScalar(token, true, onScalarError);
  if (scalar === null || scalarFailed) unsupported();
  cursor.end = scalar.range[2];
  return token.type === 'scalar' ? resolvePlain(scalar.value, atKey) : applyTag(stringTag, scalar.value);
}

/** A key's value turned into the property name `toJS` gives it on a plain object. */
export function propertyName(value: unknown): string {
  if (value === null) return '';
  const name = String(value);
  // `__proto__` needs the special handling of the Composer's `toJS`.
  if (name === '__proto__') unsupported();
  return name;
}
