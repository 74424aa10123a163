import type { ParseError, YamlDocument } from '../../sources/index.js';
import { extractKubernetesObjects } from '../../sources/index.js';
import type { ScanUnit } from '../scan/units.js';
import { kubernetesUnit } from '../scan/units.js';
import { createLineCounter, jsonLocator } from './json-locator.js';
import type { ClusterObject } from './objects.js';

export interface ObjectUnit {
  unit?: ScanUnit;
  errors: ParseError[];
}

/**
 * The scan unit of one cluster object, read by the same schemas as a manifest; its lines are those of the object
 * as kubectl prints it, while the rules see only the judged form (paths are the same in both).
 */
export function objectUnit(object: ClusterObject): ObjectUnit {
  const document: YamlDocument = {
    index: 0,
    value: object.judged,
    startLine: 1,
    locate: jsonLocator(object.printed, createLineCounter()),
  };
  const extracted = extractKubernetesObjects([document], object.file);
  const errors = [...extracted.errors];
  const first = extracted.units[0];
  return first === undefined ? { errors } : { unit: kubernetesUnit(first, errors), errors };
}
