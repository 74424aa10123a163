export { baseEcosystem, matchScope, normalisePackageName, normalisePythonName } from './names.js';
export type { OsvParseResult, OsvRecordError } from './parse.js';
export { parseOsvRecord } from './parse.js';
export type {
  EventKind,
  OsvAffected,
  OsvEvent,
  OsvPackage,
  OsvRange,
  OsvSeverity,
  RangeType,
} from './schema.js';
export { eventKinds, OsvRecord, rangeTypes } from './schema.js';
