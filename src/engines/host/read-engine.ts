import type { EngineClient } from '../image/remote/engine/engine-client.js';
import { describeCause } from '../image/remote/errors.js';
import { mapBounded } from './bounded.js';
import type { Outcome } from './bounded.js';
import { EngineAnswerError, getEngineJson } from './engine-json.js';
import type { ContainerSummary } from './schema.js';
import { ContainerInspect, ContainerList, ImageInspect, ImageList } from './schema.js';

export const inspectConcurrency = 8;

/** How the engine is read, and a point where a test may act (stop the engine mid-scan). */
export interface EngineScanOptions {
  /** Inspections in flight at once (default `inspectConcurrency`). */
  concurrency?: number;
  /** Awaited before each container is inspected, after the list was read. */
  beforeContainerInspect?: (name: string) => Promise<void>;
}

export interface InspectedContainer {
  /** The name without Docker's leading slash, or the short id when the engine gives none. */
  name: string;
  inspect: ContainerInspect;
}

export interface EngineData {
  containers: InspectedContainer[];
  images: ImageInspect[];
  /** Problems that leave the report incomplete (exit code 2). */
  errors: string[];
  /** What was not looked at, and why; informational. */
  notes: string[];
}

function nameOf(summary: ContainerSummary): string {
  const named = summary.Names?.find((name) => name !== '');
  return named === undefined ? summary.Id.slice(0, 12) : named.replace(/^\//, '');
}

/** A 404 is a container or image removed between listing and reading it: the engine itself is still there. */
function engineGone(error: unknown): boolean {
  return !(error instanceof EngineAnswerError && error.status === 404);
}

function missedNote(what: string, names: readonly string[], total: number): string | undefined {
  if (names.length === 0) return undefined;
  const shown = names.slice(0, 20).join(', ');
  const more = names.length > 20 ? ` and ${names.length - 20} more` : '';
  return `${names.length} of ${total} ${what} were not inspected because the Docker Engine stopped answering: ${shown}${more}`;
}

interface Collected<T> {
  values: T[];
  removed: string[];
  missed: string[];
  firstError?: string;
}

function collect<T>(outcomes: readonly Outcome<T>[], names: readonly string[]): Collected<T> {
  const collected: Collected<T> = { values: [], removed: [], missed: [] };
  for (const [index, outcome] of outcomes.entries()) {
    const name = names[index] ?? String(index);
    if (outcome.ok === true) collected.values.push(outcome.value);
    else if (outcome.ok === 'skipped') collected.missed.push(name);
    else if (!engineGone(outcome.error)) collected.removed.push(name);
    else {
      collected.missed.push(name);
      collected.firstError ??= describeCause(outcome.error);
    }
  }
  return collected;
}

async function readContainers(
  client: EngineClient,
  options: EngineScanOptions,
  data: EngineData,
): Promise<boolean> {
  const display = client.endpoint.display;
  const listed = await getEngineJson(
    client,
    '/containers/json?all=1',
    `the containers of ${display}`,
    ContainerList,
  );
  const summaries = [...listed].sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0));
  const names = summaries.map(nameOf);
  const outcomes = await mapBounded(
    summaries,
    options.concurrency ?? inspectConcurrency,
    async (summary) => {
      await options.beforeContainerInspect?.(nameOf(summary));
      return {
        name: nameOf(summary),
        inspect: await getEngineJson(
          client,
          `/containers/${encodeURIComponent(summary.Id)}/json`,
          `container ${nameOf(summary)} of ${display}`,
          ContainerInspect,
        ),
      };
    },
    engineGone,
  );
  const collected = collect(outcomes, names);
  data.containers.push(...collected.values);
  if (collected.removed.length > 0)
    data.notes.push(`removed while Bulwark read them: containers ${collected.removed.join(', ')}`);
  const missed = missedNote('containers', collected.missed, summaries.length);
  if (missed === undefined) return true;
  data.errors.push(
    `the Docker Engine at ${display} stopped answering mid-scan: ${collected.firstError ?? 'no answer'}`,
  );
  data.notes.push(missed);
  return false;
}

async function readImages(client: EngineClient, options: EngineScanOptions, data: EngineData): Promise<void> {
  const display = client.endpoint.display;
  const listed = await getEngineJson(client, '/images/json', `the images of ${display}`, ImageList);
  const ids = [...new Set(listed.map((image) => image.Id))].sort();
  const outcomes = await mapBounded(
    ids,
    options.concurrency ?? inspectConcurrency,
    (id) =>
      getEngineJson(
        client,
        `/images/${encodeURIComponent(id)}/json`,
        `image ${id} of ${display}`,
        ImageInspect,
      ),
    engineGone,
  );
  const collected = collect(outcomes, ids);
  data.images.push(...collected.values);
  if (collected.removed.length > 0)
    data.notes.push(`removed while Bulwark read them: images ${collected.removed.join(', ')}`);
  const missed = missedNote('images', collected.missed, ids.length);
  if (missed === undefined) return;
  data.errors.push(
    `the Docker Engine at ${display} stopped answering mid-scan: ${collected.firstError ?? 'no answer'}`,
  );
  data.notes.push(missed);
}

/**
 * Every container (running or not) and every local image of the engine, inspected with bounded concurrency. An
 * engine that goes away keeps what was already read; the rest becomes a note and the error that makes it exit 2.
 */
export async function readEngine(client: EngineClient, options: EngineScanOptions = {}): Promise<EngineData> {
  const data: EngineData = { containers: [], images: [], errors: [], notes: [] };
  try {
    await client.ping();
    const complete = await readContainers(client, options, data);
    if (complete) await readImages(client, options, data);
    else data.notes.push('images were not inspected because the Docker Engine stopped answering');
  } catch (error) {
    data.errors.push(describeCause(error));
  }
  return data;
}
