// Remote image sources: a registry (Distribution API v2) and the Docker Engine API.
export { readImageFromEngine, readImageFromRegistry } from './read-remote.js';
export type { EngineReadOptions, RegistryReadOptions } from './read-remote.js';
export { RemoteImageError } from './errors.js';
export { openRegistrySource } from './registry/blob-source.js';
export type {
  BlobDescriptor,
  RegistryBlobSource,
  RegistryResolvedManifest,
  RegistrySourceOptions,
} from './registry/blob-source.js';
export { lookupCredentials } from './registry/credentials.js';
export type { CredentialEnvironment, RegistryCredentials } from './registry/credentials.js';
export { formatImageReference, parseImageReference } from './registry/reference.js';
export type { ImageReference } from './registry/reference.js';
export { openEngineImage, engineImageName } from './engine/engine-image.js';
export type { EngineImage, EngineSourceOptions } from './engine/engine-image.js';
export { parseDockerHost } from './engine/docker-host.js';
export type { EngineEndpoint } from './engine/docker-host.js';
