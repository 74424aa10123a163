export { accountFilePaths, factsInspection, maxSecretsPerFile } from './inspection.js';
export type { CacheFact, FileFact, LayerFacts, SecretFact } from './layer-facts.js';
export { resolveFacts } from './resolve.js';
