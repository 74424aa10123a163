import type { IndexSource } from '../../rules/kubernetes/cluster-utils/collect.js';
import type { ScanUnit } from './units.js';

/** What the cluster index reads from a parsed Kubernetes object; undefined for Dockerfiles and compose services. */
export function indexSourceOf(unit: ScanUnit): IndexSource | undefined {
  const objectView = unit.views['kubernetes-object'];
  if (objectView === undefined) return undefined;
  const pod = unit.views['pod-spec'];
  return {
    resource: objectView.resource,
    positionOf(path) {
      const { range } = unit.place(path, undefined);
      return { line: range.startLine, column: range.startColumn };
    },
    ...(pod === undefined ? {} : { pod }),
  };
}
