import type { FieldPath } from '../../core/index.js';
import { formatPath } from '../../core/index.js';
import type { IgnoreDirective } from '../../sources/index.js';
import { splitDocuments } from './document-pieces.js';
import type { DeferredUnit, FileJob } from './evaluate-files.js';
import { shiftUnit } from './shift-unit.js';
import type { Placement, ScanUnit } from './units.js';
import { buildUnits } from './units.js';

function keyOf(unit: { line: number; column: number; kind: string }): string {
  return `${unit.line}:${unit.column}:${unit.kind}`;
}

function unitKey(unit: ScanUnit): string | undefined {
  const source = unit.views['kubernetes-object']?.resource.source;
  if (source?.startLine === undefined || source.startColumn === undefined) return undefined;
  return keyOf({ line: source.startLine, column: source.startColumn, kind: unit.resource.kind });
}

function collect(
  units: readonly ScanUnit[],
  wanted: ReadonlySet<string>,
  found: Map<string, ScanUnit>,
): void {
  for (const unit of units) {
    const key = unitKey(unit);
    if (key !== undefined && wanted.has(key)) found.set(key, unit);
  }
}

/**
 * Parses again only the documents that hold the deferred objects, by key; if a cut document does not give back
 * exactly the objects the first pass saw, the whole file is parsed, so a line is never taken from something else.
 */
export function findDeferredUnits(job: FileJob, deferred: readonly DeferredUnit[]): Map<string, ScanUnit> {
  const wanted = new Set(deferred.map(keyOf));
  const found = new Map<string, ScanUnit>();
  const pieces = splitDocuments(job.text);
  for (const [index, piece] of pieces.entries()) {
    const end = pieces[index + 1]?.lineOffset ?? Number.POSITIVE_INFINITY;
    if (!deferred.some((unit) => unit.line > piece.lineOffset && unit.line <= end)) continue;
    const units = buildUnits(piece.text, job.display, job.kind, job.identityPath).units;
    collect(
      units.map((unit) => shiftUnit(unit, piece.lineOffset)),
      wanted,
      found,
    );
  }
  if (found.size < wanted.size) {
    found.clear();
    collect(buildUnits(job.text, job.display, job.kind, job.identityPath).units, wanted, found);
  }
  return found;
}

/** The objects of one file kept for the second pass, and what judging them needs. */
export interface DeferredFile {
  job: FileJob;
  units: ScanUnit[];
  directives: readonly IgnoreDirective[];
}

/** The thread's deferred objects by file, for its second pass. */
export type DeferredStore = Map<string, DeferredFile>;

function objectStart(unit: Pick<ScanUnit, 'resource'>, path: string): Placement {
  const line = unit.resource.source.startLine ?? 1;
  const column = unit.resource.source.startColumn ?? 1;
  return {
    range: { startLine: line, startColumn: column, endLine: line, endColumn: column },
    ancestorLines: [line],
    path,
    anchor: path,
  };
}

/** Finds deferred objects again one document at a time, parsing each document (or, failing that, the file) once. */
function relocator(job: FileJob): (ref: DeferredUnit) => ScanUnit | undefined {
  const found = new Map<string, ScanUnit>();
  const parsedPieces = new Set<number>();
  let pieces: ReturnType<typeof splitDocuments> | undefined;
  let wholeFileParsed = false;
  return (ref) => {
    const key = keyOf(ref);
    const known = found.get(key);
    if (known !== undefined) return known;
    pieces ??= splitDocuments(job.text);
    const index = pieces.findIndex(
      (piece, position) =>
        ref.line > piece.lineOffset && ref.line <= (pieces?.[position + 1]?.lineOffset ?? Infinity),
    );
    const piece = pieces[index];
    if (piece !== undefined && !parsedPieces.has(index)) {
      parsedPieces.add(index);
      const units = buildUnits(piece.text, job.display, job.kind, job.identityPath).units;
      for (const unit of units) {
        const shifted = shiftUnit(unit, piece.lineOffset);
        const unitAt = unitKey(shifted);
        if (unitAt !== undefined) found.set(unitAt, shifted);
      }
    }
    if (!found.has(key) && !wholeFileParsed) {
      wholeFileParsed = true;
      for (const unit of buildUnits(job.text, job.display, job.kind, job.identityPath).units) {
        const unitAt = unitKey(unit);
        if (unitAt !== undefined) found.set(unitAt, unit);
      }
    }
    return found.get(key);
  };
}

/**
 * Paths cross-object rules usually report on, placed while the syntax tree is still there so those findings need
 * no second parse: a binding's subjects and role reference; a workload's pod labels, spec, host network, service
 * account and host ports; a Service's selector, type and source ranges; a policy's pod selector. Any other path is
 * found by parsing the document again.
 */
function hotPaths(unit: ScanUnit): FieldPath[] {
  const paths: FieldPath[] = [[]];
  const object = unit.views['kubernetes-object']?.object;
  const subjects = object?.['subjects'];
  if (object?.['roleRef'] !== undefined) paths.push(['roleRef', 'name'], ['roleRef', 'kind']);
  if (Array.isArray(subjects)) for (const index of subjects.keys()) paths.push(['subjects', index]);
  const pod = unit.views['pod-spec'];
  if (pod !== undefined) {
    paths.push(pod.podMetadataPath, [...pod.podMetadataPath, 'labels'], pod.specPath);
    paths.push([...pod.specPath, 'hostNetwork'], [...pod.specPath, 'serviceAccountName']);
    paths.push([...pod.specPath, 'automountServiceAccountToken']);
    for (const entry of pod.containers)
      for (const [index, port] of (entry.container.ports ?? []).entries())
        if (port.hostPort !== undefined) paths.push([...entry.path, 'ports', index, 'hostPort']);
  }
  const spec = object?.['spec'];
  if (spec !== undefined && spec !== null && typeof spec === 'object' && !Array.isArray(spec)) {
    // Services and network policies: exposure and coverage findings land on these.
    for (const key of ['selector', 'type', 'loadBalancerSourceRanges', 'podSelector'])
      if (key in spec) paths.push(['spec', key]);
  }
  return paths;
}

function pathKey(path: FieldPath | undefined): string {
  return JSON.stringify(path ?? []);
}

/**
 * Keeps a file's deferred objects without their syntax tree (which holds most of a parsed document's memory): the
 * views and the resource are plain data. The first time a finding needs a line on an object, its document is parsed
 * again; objects no cross-object rule reports on never are.
 */
export function detachUnits(
  job: FileJob,
  units: readonly ScanUnit[],
  refs: readonly DeferredUnit[],
  directives: readonly IgnoreDirective[],
): DeferredFile {
  const relocate = relocator(job);
  const detached = units.map((unit, index): ScanUnit => {
    const ref = refs[index];
    const { resource, identity, views, annotationIgnores } = unit;
    const placed = new Map<string, Placement>();
    for (const path of hotPaths(unit)) placed.set(pathKey(path), unit.place(path, undefined));
    return {
      resource,
      identity,
      views,
      annotationIgnores,
      place(path, range) {
        const hot = range === undefined ? placed.get(pathKey(path)) : undefined;
        if (hot !== undefined) return hot;
        const fresh = ref === undefined ? undefined : relocate(ref);
        // Not found again only if a document parses differently alone and whole; its first line is still true.
        return fresh === undefined
          ? objectStart({ resource }, formatPath(path ?? []))
          : fresh.place(path, range);
      },
    };
  });
  return { job, units: detached, directives };
}
