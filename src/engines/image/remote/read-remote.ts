import type { InspectionSet } from '../../../sources/image/walk-layer.js';
import { failedImage } from '../read/assemble.js';
import { readImageFromArchiveStream, readImageFromBlobs } from '../read/read-image.js';
import type { ImageReadOptions, ReadImage } from '../read/read-image.js';
import { openEngineImage } from './engine/engine-image.js';
import type { EngineTimeouts } from './engine/engine-client.js';
import { openRegistrySource } from './registry/blob-source.js';
import type { RegistryCredentials, CredentialEnvironment } from './registry/credentials.js';
import type { HttpTimeouts } from './registry/http.js';

export interface RegistryReadOptions extends ImageReadOptions {
  /** Plain HTTP to a registry that is not on loopback (`--insecure`). */
  insecure?: boolean;
  /** Home directory and environment to find the Docker config.json in; anonymous when absent. */
  environment?: CredentialEnvironment;
  /** Credentials to use instead of config.json. */
  credentials?: RegistryCredentials;
  timeouts?: Partial<HttpTimeouts>;
}

export interface EngineReadOptions extends ImageReadOptions {
  /** The environment DOCKER_HOST comes from. */
  env: Readonly<Record<string, string | undefined>>;
  timeouts?: Partial<EngineTimeouts>;
}

function problem(error: unknown): { message: string } {
  // RemoteImageError messages are complete; any other failure still becomes an error of the read, never a crash.
  if (error instanceof Error) return { message: error.message };
  return { message: String(error) };
}

/**
 * Reads an image from a registry (`host/repo:tag`, `host/repo@sha256:…`, Docker Hub short names). Like every image
 * read it never rejects for bad input: an unreachable registry, refused credentials or a tampered blob become
 * `errors` of the result, with notes (an unusable credential helper, the platform chosen) in `notes`.
 */
export async function readImageFromRegistry<S extends InspectionSet>(
  reference: string,
  inspections: S,
  options: RegistryReadOptions = {},
): Promise<ReadImage<S>> {
  let source;
  try {
    source = await openRegistrySource(reference, {
      ...(options.insecure === undefined ? {} : { insecure: options.insecure }),
      ...(options.environment === undefined ? {} : { environment: options.environment }),
      ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
      ...(options.timeouts === undefined ? {} : { timeouts: options.timeouts }),
      ...(options.limits === undefined ? {} : { limits: options.limits }),
    });
  } catch (error) {
    return failedImage(reference, inspections, [problem(error)]);
  }
  const image = await readImageFromBlobs(source, reference, inspections, {
    ...(options.platform === undefined ? {} : { platform: options.platform }),
    ...(options.limits === undefined ? {} : { limits: options.limits }),
  });
  // Notes the source made before it failed to resolve (a credential helper it cannot run) still matter then.
  const notes = [...new Set([...source.notes, ...image.notes])];
  return { ...image, notes };
}

/**
 * Reads `docker:NAME[:TAG]` (or `docker:ID`) from the Docker Engine at DOCKER_HOST: the `docker save` tarball is
 * streamed straight into the archive reader, never buffered. A missing daemon or image becomes an error of the result.
 */
export async function readImageFromEngine<S extends InspectionSet>(
  target: string,
  inspections: S,
  options: EngineReadOptions,
): Promise<ReadImage<S>> {
  let engineImage;
  try {
    engineImage = await openEngineImage(target, {
      env: options.env,
      ...(options.timeouts === undefined ? {} : { timeouts: options.timeouts }),
    });
  } catch (error) {
    return failedImage(target, inspections, [problem(error)]);
  }
  return readImageFromArchiveStream(engineImage.archive, target, inspections, {
    ...(options.platform === undefined ? {} : { platform: options.platform }),
    ...(options.limits === undefined ? {} : { limits: options.limits }),
  });
}
