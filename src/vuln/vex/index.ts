export { applyVex, vexVerdict } from './apply.js';
export type { VexDocument, VexParseResult, VexStatement, VexStatus } from './parse.js';
export { parseVexDocument } from './parse.js';
export { productCovers } from './purl.js';
