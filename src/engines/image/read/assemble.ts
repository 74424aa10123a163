import type { LayerRef } from '../../../core/index.js';
import { configPlatform, joinHistory, runtimeConfigOf } from '../../../sources/image/image-config.js';
import { parsePlatform, platformMatches } from '../../../sources/image/platform.js';
import type { ImageConfig } from '../../../sources/image/schema.js';
import { tagResults, unionLayers } from '../../../sources/image/union.js';
import type { ImageReadProblem, InspectionSet, LayerWalk } from '../../../sources/image/walk-layer.js';
import { checkDiffId } from './layer-stream.js';
import type { ReadLayer } from './read-layer.js';
import { layerProblem } from './read-layer.js';
import type { ReadImage } from './types.js';

/** One layer position of the manifest: what was read for it, or why nothing was. */
export interface LayerSlot<S extends InspectionSet> {
  /** The digest reports name the layer by (the descriptor's, or the uncompressed digest for `docker save`). */
  digest: string;
  read?: ReadLayer<S>;
  /** Why the layer could not be read, when `read` is absent. */
  missing?: string;
  /** The size the manifest declares, checked once the blob has been read (archives read blobs before manifests). */
  expectedSize?: number;
}

export interface AssembleInput<S extends InspectionSet> {
  reference: string;
  inspections: S;
  manifestDigest?: string;
  configDigest?: string;
  /** Undefined when the config could not be read (the error is already in `errors`). */
  config?: ImageConfig;
  slots: readonly LayerSlot<S>[];
  /** The platform the user asked for, checked against the config. */
  requestedPlatform?: string;
  /** The platform the index declared, used when the config names none. */
  indexPlatform?: string;
  errors: ImageReadProblem[];
  notes: string[];
}

function emptyWalk<S extends InspectionSet>(layer: LayerRef): LayerWalk<S> {
  return {
    layer,
    entries: [],
    whiteouts: [],
    opaqueDirs: [],
    errors: [],
    notes: [],
    results: {},
    complete: false,
  };
}

function pushUnique(list: ImageReadProblem[], seen: Set<string>, problem: ImageReadProblem): void {
  if (seen.has(problem.message)) return;
  seen.add(problem.message);
  list.push(problem);
}

function collectLayerProblems<S extends InspectionSet>(
  input: AssembleInput<S>,
  errors: ImageReadProblem[],
  notes: string[],
): void {
  const seen = new Set(errors.map((problem) => problem.message));
  const walked = new Set<LayerWalk<S>>();
  const diffIds = input.config?.rootfs?.diff_ids ?? undefined;
  if (diffIds !== undefined && input.config !== undefined && diffIds.length !== input.slots.length) {
    notes.push(`the config lists ${diffIds.length} diff_ids but the manifest ${input.slots.length} layers`);
  }
  for (const [index, slot] of input.slots.entries()) {
    const read = slot.read;
    if (read === undefined) {
      pushUnique(errors, seen, layerProblem(slot.digest, slot.missing ?? 'the layer could not be read'));
      continue;
    }
    if (!walked.has(read.walk)) {
      walked.add(read.walk);
      // An archive layer is walked under a provisional name (its path) before the manifest names it.
      for (const problem of read.walk.errors) pushUnique(errors, seen, { ...problem, layer: slot.digest });
      notes.push(...read.walk.notes);
    }
    const outcome = read.outcome;
    const problems = [...outcome.problems, ...checkDiffId(outcome, diffIds?.[index])];
    if (
      slot.expectedSize !== undefined &&
      outcome.rawDigest !== undefined &&
      outcome.rawBytes !== slot.expectedSize
    ) {
      problems.push(`the blob has ${outcome.rawBytes} bytes but the manifest declares ${slot.expectedSize}`);
    }
    for (const problem of problems) pushUnique(errors, seen, layerProblem(slot.digest, problem));
  }
}

function platformNote(input: AssembleInput<InspectionSet>, platform: string | undefined): string[] {
  const requested =
    input.requestedPlatform === undefined ? undefined : parsePlatform(input.requestedPlatform);
  const actual = platform === undefined ? undefined : parsePlatform(platform);
  if (requested === undefined || actual === undefined || platformMatches(requested, actual)) return [];
  return [`platform ${input.requestedPlatform} was asked for but the image config says ${platform}`];
}

/** Orders and joins what was read into the image: history, final file view, tagged inspection results. */
export function assembleImage<S extends InspectionSet>(input: AssembleInput<S>): ReadImage<S> {
  const errors = [...input.errors];
  const notes = [...input.notes];
  collectLayerProblems(input, errors, notes);
  const config = input.config ?? {};
  const joined = joinHistory(
    config,
    input.slots.map((slot) => slot.digest),
  );
  if (input.config !== undefined) notes.push(...joined.notes);
  const walks = input.slots.map((slot, index): LayerWalk<S> => {
    const layer = joined.layers[index] ?? { digest: slot.digest };
    return slot.read === undefined ? emptyWalk<S>(layer) : { ...slot.read.walk, layer };
  });
  const union = unionLayers(walks);
  notes.push(...union.notes);
  const results: Record<string, unknown> = {};
  for (const key of Object.keys(input.inspections).sort()) results[key] = tagResults(walks, key);
  const platform =
    (input.config === undefined ? undefined : configPlatform(input.config)) ?? input.indexPlatform;
  notes.push(...platformNote(input, platform));
  return {
    summary: {
      reference: input.reference,
      ...(input.manifestDigest === undefined ? {} : { manifestDigest: input.manifestDigest }),
      ...(input.configDigest === undefined ? {} : { configDigest: input.configDigest }),
      ...(platform === undefined ? {} : { platform }),
      layers: joined.layers,
    },
    config: runtimeConfigOf(config),
    history: joined.history,
    view: union.view,
    walks,
    // One entry per inspection key, each built by tagResults for that key.
    results: results as ReadImage<S>['results'],
    errors,
    notes: [...new Set(notes)],
  };
}

/** The read of an image whose manifest could not be resolved: no layers, the errors say why. */
export function failedImage<S extends InspectionSet>(
  reference: string,
  inspections: S,
  errors: ImageReadProblem[],
  notes: string[] = [],
): ReadImage<S> {
  return assembleImage({ reference, inspections, slots: [], errors, notes });
}
