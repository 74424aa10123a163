export { run } from './run.js';
export type { CliIo, CliResult } from './io.js';
