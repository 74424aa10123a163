export * from './core/index.js';
export { run } from './cli/index.js';
export type { CliIo, CliResult } from './cli/index.js';
