import type { Report } from '../core/index.js';
import type { Reporter } from './reporter.js';

/** JSON report, schemaVersion 1 (DESIGN.md); key order is fixed by the Report shape, so output is byte-stable. */
export const renderJson: Reporter = (report: Report) => `${JSON.stringify(report, null, 2)}\n`;
