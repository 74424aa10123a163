import type { Report } from '../core/index.js';
import { escapeRawControls } from './control-characters.js';
import type { Reporter } from './reporter.js';

/**
 * JSON report, schemaVersion 1 (DESIGN.md); key order is fixed by the Report shape, so output is byte-stable. DEL and
 * C1 controls are escaped like C0 ones, so printing the report cannot drive a terminal.
 */
export const renderJson: Reporter = (report: Report) =>
  `${escapeRawControls(JSON.stringify(report, null, 2), 'json')}\n`;
