import type { RenderOptions } from '../reporter.js';

/** Render options of the SBOM formats: both documents say when they were made, and reporters never read a clock. */
export interface SbomRenderOptions extends RenderOptions {
  /** When the document was made, ISO 8601 (`2026-01-31T12:00:00Z`); the CLI passes its injected clock. */
  created?: string;
}

/** The creation time as a date, or undefined when none (or no valid one) was given. */
export function creationDate(options: SbomRenderOptions): Date | undefined {
  if (options.created === undefined) return undefined;
  const date = new Date(options.created);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
