import type { Report, RuleMeta } from '../core/index.js';

export interface RenderOptions {
  rules: readonly RuleMeta[];
  /** ANSI colour; the CLI turns it on only for a TTY without --no-color. */
  color: boolean;
  /** When the document was made (ISO 8601), for formats that record it (CycloneDX, SPDX); injected, never read. */
  created?: string;
}

/** A reporter turns a report into the bytes of one format; it never prints. */
export type Reporter = (report: Report, options: RenderOptions) => string;
