import type { PlainData } from '../../core/index.js';

/** Copies JSON-decoded data into the model's plain-data shape; anything else (never produced by JSON) is dropped. */
export function toPlainData(value: unknown): PlainData {
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string')
    return value;
  if (Array.isArray(value)) return value.map((item: unknown) => toPlainData(item));
  if (typeof value === 'object') {
    const out: Record<string, PlainData> = {};
    for (const [key, item] of Object.entries(value)) out[key] = toPlainData(item);
    return out;
  }
  return null;
}
