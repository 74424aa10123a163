import type { Readable } from 'node:stream';
import { z } from 'zod';
import { RemoteImageError } from '../errors.js';
import { parseDockerHost } from './docker-host.js';
import { EngineClient } from './engine-client.js';
import type { EngineTimeouts } from './engine-client.js';

export interface EngineSourceOptions {
  /** The environment `DOCKER_HOST` (and `DOCKER_TLS_VERIFY`) come from; injected, never read globally. */
  env: Readonly<Record<string, string | undefined>>;
  timeouts?: Partial<EngineTimeouts>;
}

/** An image the engine has, with its `docker save` tarball ready to stream. */
export interface EngineImage {
  /** The DOCKER_HOST value used, for messages. */
  endpoint: string;
  /** `sha256:…` of the image config. */
  id: string;
  repoTags: string[];
  repoDigests: string[];
  /** `os/arch[/variant]` as the engine reports it. */
  platform?: string;
  /** The tarball, as the engine writes it; read it to the end or destroy it. */
  archive: Readable;
}

const ImageInspect = z.object({
  Id: z.string(),
  RepoTags: z.array(z.string()).nullish(),
  RepoDigests: z.array(z.string()).nullish(),
  Os: z.string().nullish(),
  Architecture: z.string().nullish(),
  Variant: z.string().nullish(),
});

const inspectLimit = 4 * 1024 * 1024;
// Names, tags, digests and (short) ids; nothing that could leave the `/images/{name}/…` path.
const imageNamePattern = /^[A-Za-z0-9][A-Za-z0-9._/:@-]{0,511}$/;

/** `docker:NAME[:TAG]` or `docker:ID` → the name the engine is asked for. */
export function engineImageName(target: string): string {
  const name = target.startsWith('docker:') ? target.slice('docker:'.length) : target;
  if (!imageNamePattern.test(name) || name.includes('..') || name.includes('//')) {
    throw new RemoteImageError(
      `invalid Docker image name "${name}": expected NAME[:TAG], NAME@DIGEST or an image id`,
    );
  }
  return name;
}

function platformOf(inspect: z.infer<typeof ImageInspect>): string | undefined {
  if (!inspect.Os || !inspect.Architecture) return undefined;
  return [inspect.Os, inspect.Architecture, ...(inspect.Variant ? [inspect.Variant] : [])].join('/');
}

/**
 * Asks the Docker Engine for one image: pings it, inspects the image (to fail early and clearly when it is
 * missing) and opens `GET /images/{name}/get`, whose tarball is streamed, never buffered.
 */
export async function openEngineImage(target: string, options: EngineSourceOptions): Promise<EngineImage> {
  const name = engineImageName(target);
  const endpoint = parseDockerHost(options.env);
  const client = new EngineClient(endpoint, options.timeouts);
  await client.ping();

  const label = `image "${name}" from the Docker Engine at ${endpoint.display}`;
  const inspectResponse = await client.get(`/images/${name}/json`, label);
  if (inspectResponse.status === 404) {
    const detail = await client.errorMessage(inspectResponse, label);
    throw new RemoteImageError(
      `image "${name}" is not in the Docker Engine at ${endpoint.display} (${detail})`,
    );
  }
  if (inspectResponse.status !== 200) {
    const detail = await client.errorMessage(inspectResponse, label);
    throw new RemoteImageError(`${label}: inspecting it answered HTTP ${inspectResponse.status} (${detail})`);
  }
  let inspect: z.infer<typeof ImageInspect>;
  try {
    inspect = ImageInspect.parse(JSON.parse(await client.text(inspectResponse, label, inspectLimit)));
  } catch (error) {
    if (error instanceof RemoteImageError) throw error;
    throw new RemoteImageError(`${label}: the engine's image inspection is not the expected JSON`);
  }

  const saveResponse = await client.get(`/images/${name}/get`, label);
  if (saveResponse.status !== 200) {
    const detail = await client.errorMessage(saveResponse, label);
    throw new RemoteImageError(`${label}: exporting it answered HTTP ${saveResponse.status} (${detail})`);
  }
  const platform = platformOf(inspect);
  return {
    endpoint: endpoint.display,
    id: inspect.Id,
    repoTags: [...(inspect.RepoTags ?? [])].sort(),
    repoDigests: [...(inspect.RepoDigests ?? [])].sort(),
    ...(platform === undefined ? {} : { platform }),
    archive: saveResponse.body,
  };
}
