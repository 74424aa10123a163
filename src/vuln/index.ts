// The vulnerability layer: OSV records in, a local SQLite database, matching of package inventories, VEX.
export * from './db/index.js';
export * from './match/index.js';
export * from './osv/index.js';
export * from './vex/index.js';
