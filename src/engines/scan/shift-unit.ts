import type { Range } from '../../core/index.js';
import type { ViewByTarget } from '../../sources/index.js';
import type { ScanUnit } from './units.js';

function shiftRange(range: Range, lines: number): Range {
  return { ...range, startLine: range.startLine + lines, endLine: range.endLine + lines };
}

/** A unit parsed from one document of a file, moved down to where that document sits in the file. */
export function shiftUnit(unit: ScanUnit, lines: number): ScanUnit {
  if (lines === 0) return unit;
  const objectView = unit.views['kubernetes-object'];
  if (objectView === undefined) return unit;
  const source = objectView.resource.source;
  const resource = {
    ...objectView.resource,
    source: { ...source, startLine: (source.startLine ?? 1) + lines },
  };
  const views: Partial<ViewByTarget> = { 'kubernetes-object': { resource, object: objectView.object } };
  const podView = unit.views['pod-spec'];
  if (podView !== undefined) views['pod-spec'] = { ...podView, resource };
  return {
    ...unit,
    resource,
    views,
    place(path, range) {
      const placement = unit.place(path, range);
      return {
        ...placement,
        range: shiftRange(placement.range, lines),
        ancestorLines: placement.ancestorLines.map((line) => line + lines),
      };
    },
  };
}
