import type { LayerRef } from '../../core/index.js';
import { formatPlatform } from './platform.js';
import type { ImageConfig } from './schema.js';
import type { ImageHistoryEntry, ImageRuntimeConfig } from './view.js';

function sortedKeys(record: Readonly<Record<string, unknown>> | null | undefined): string[] {
  return Object.keys(record ?? {}).sort();
}

/** The runtime settings rules read, from the image config's `config` object. */
export function runtimeConfigOf(config: ImageConfig): ImageRuntimeConfig {
  const settings = config.config ?? {};
  const labels: Record<string, string> = {};
  for (const key of sortedKeys(settings.Labels)) labels[key] = settings.Labels?.[key] ?? '';
  const healthcheck = settings.Healthcheck?.Test;
  return {
    ...(settings.User === null || settings.User === undefined ? {} : { user: settings.User }),
    env: settings.Env ?? [],
    exposedPorts: sortedKeys(settings.ExposedPorts),
    ...(settings.Entrypoint === null || settings.Entrypoint === undefined
      ? {}
      : { entrypoint: settings.Entrypoint }),
    ...(settings.Cmd === null || settings.Cmd === undefined ? {} : { cmd: settings.Cmd }),
    ...(settings.WorkingDir === null || settings.WorkingDir === undefined
      ? {}
      : { workingDir: settings.WorkingDir }),
    labels,
    ...(healthcheck === null || healthcheck === undefined ? {} : { healthcheck }),
  };
}

/** `linux/arm64/v8` from the config's os, architecture and variant; undefined when os or architecture is missing. */
export function configPlatform(config: ImageConfig): string | undefined {
  if (!config.os || !config.architecture) return undefined;
  return formatPlatform({
    os: config.os,
    architecture: config.architecture,
    ...(config.variant ? { variant: config.variant } : {}),
  });
}

export interface JoinedHistory {
  history: ImageHistoryEntry[];
  /** The layers in image order, each with the `created_by` of the history entry that made it. */
  layers: LayerRef[];
  notes: string[];
}

/**
 * Pairs the history entries that made a layer (`empty_layer` not set) with the layers, in order. Counts that do not
 * agree (squashed or hand-built images) pair as far as they go and leave a note.
 */
export function joinHistory(config: ImageConfig, layerDigests: readonly string[]): JoinedHistory {
  const entries = config.history ?? [];
  const history: ImageHistoryEntry[] = [];
  const layers: LayerRef[] = layerDigests.map((digest) => ({ digest }));
  let next = 0;
  for (const [index, entry] of entries.entries()) {
    const emptyLayer = entry.empty_layer === true;
    const createdBy = entry.created_by ?? '';
    const layer = emptyLayer ? undefined : layers[next];
    if (!emptyLayer) next += 1;
    if (layer !== undefined) layer.createdBy = createdBy;
    history.push({ index, createdBy, emptyLayer, ...(layer === undefined ? {} : { layer }) });
  }
  const notes: string[] = [];
  if (entries.length === 0 && layerDigests.length > 0) {
    notes.push('the image config has no history; layers carry no created_by');
  } else if (next !== layerDigests.length) {
    notes.push(
      `the image config's history names ${next} layers but the image has ${layerDigests.length}; ` +
        'created_by is paired in order as far as both go',
    );
  }
  return { history, layers, notes };
}
