export type { FlagOccurrence } from './argv.js';
export { dockerdDefaults } from './defaults.js';
export { defaultDaemonJsonPath } from './flags.js';
export { daemonJsonPathOf, daemonViewFromFlags, dockerdCommandFile } from './from-flags.js';
export { daemonResourceKind, parseDaemonJson } from './parse-json.js';
export type { DaemonInputError, DaemonParse, DaemonPlacement, PlaceDaemonPath } from './place.js';
export type { DaemonJsonKey } from './schema.js';
export { DaemonJson, daemonJsonKeys, isDaemonJsonKey } from './schema.js';
export type { DaemonSettingOrigin, DockerDaemonView } from './view.js';
