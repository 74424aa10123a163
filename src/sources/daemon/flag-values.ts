import type { PlainData } from '../../core/index.js';
import type { FlagOccurrence } from './argv.js';

/** What one flag occurrence adds: the whole value (scalars), or one item (lists) or entries (maps). */
export type FlagContribution =
  | { mode: 'replace'; value: PlainData }
  | { mode: 'append'; item: PlainData }
  | { mode: 'merge'; entries: Readonly<Record<string, PlainData>> };

const goBool: Readonly<Record<string, boolean>> = {
  '1': true,
  t: true,
  T: true,
  true: true,
  TRUE: true,
  True: true,
  '0': false,
  f: false,
  F: false,
  false: false,
  FALSE: false,
  False: false,
};

const goInteger = /^[-+]?(?:0[xX][0-9a-fA-F]+|\d+)$/;
const ulimitValue = /^(?<name>[a-z]+)=(?<soft>-?\d+)(?::(?<hard>-?\d+))?$/;

function cut(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + separator.length)];
}

function addressPool(value: string): PlainData | undefined {
  const pool: Record<string, PlainData> = {};
  for (const part of value.split(',')) {
    const [field, fieldValue] = cut(part, '=');
    if (fieldValue === undefined) return undefined;
    if (field === 'base') pool.base = fieldValue;
    else if (field === 'size' && /^\d+$/.test(fieldValue)) pool.size = Number(fieldValue);
    else return undefined;
  }
  return pool.base === undefined || pool.size === undefined ? undefined : pool;
}

function mapEntry(occurrence: FlagOccurrence): FlagContribution {
  const [name, value] = cut(occurrence.value, '=');
  // `--feature NAME` switches a feature on; every other map flag keeps the text after `=` as is.
  if (occurrence.flag.key === 'features') {
    const enabled = value === undefined ? true : goBool[value];
    return { mode: 'merge', entries: { [name]: enabled ?? value ?? null } };
  }
  return { mode: 'merge', entries: { [name]: value ?? '' } };
}

function ulimitEntry(value: string): FlagContribution | undefined {
  const groups = ulimitValue.exec(value)?.groups;
  if (groups?.name === undefined || groups.soft === undefined) return undefined;
  const soft = Number(groups.soft);
  const hard = groups.hard === undefined ? soft : Number(groups.hard);
  return { mode: 'merge', entries: { [groups.name]: { Name: groups.name, Soft: soft, Hard: hard } } };
}

/** Converts one flag's text into daemon.json's shape for its key; undefined when dockerd would refuse the value. */
export function flagContribution(occurrence: FlagOccurrence): FlagContribution | undefined {
  const { value } = occurrence;
  switch (occurrence.flag.kind) {
    case 'bool': {
      const parsed = goBool[value];
      return parsed === undefined ? undefined : { mode: 'replace', value: parsed };
    }
    case 'int':
      return goInteger.test(value) ? { mode: 'replace', value: Number(value) } : undefined;
    case 'string':
      return { mode: 'replace', value };
    case 'list':
      return { mode: 'append', item: value };
    case 'map':
      return mapEntry(occurrence);
    case 'map-map': {
      const [driver, rest] = cut(value, '=');
      if (rest === undefined) return undefined;
      const [option, optionValue] = cut(rest, '=');
      return { mode: 'merge', entries: { [driver]: { [option]: optionValue ?? '' } } };
    }
    case 'ulimit':
      return ulimitEntry(value);
    case 'runtime': {
      const [name, path] = cut(value, '=');
      return path === undefined || name === '' ? undefined : { mode: 'merge', entries: { [name]: { path } } };
    }
    case 'pool': {
      const pool = addressPool(value);
      return pool === undefined ? undefined : { mode: 'append', item: pool };
    }
  }
}
