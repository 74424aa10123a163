import type { ClusterIndex, ClusterIndexPart } from '../../core/index.js';
import { earlyIndexParts, emptyClusterIndex, isClusterJudgedKind } from '../../core/index.js';

const earlyViews = new WeakMap<ClusterIndex, ClusterIndex>();

function copyPart<P extends ClusterIndexPart>(target: ClusterIndex, source: ClusterIndex, part: P): void {
  target[part] = source[part];
}

/** The index as an object judged during the first pass sees it: only the parts every file can rely on. */
export function earlyView(index: ClusterIndex): ClusterIndex {
  let view = earlyViews.get(index);
  if (view === undefined) {
    const early: ClusterIndex = emptyClusterIndex();
    for (const part of earlyIndexParts) copyPart(early, index, part);
    view = early;
    earlyViews.set(index, view);
  }
  return view;
}

/** What a rule judging an object of this kind may see; the same in a scan and in a single-file evaluation. */
export function clusterSeenBy(kind: string, index: ClusterIndex): ClusterIndex {
  return isClusterJudgedKind(kind) ? index : earlyView(index);
}
