import { z } from 'zod';
import { mediaTypes } from '../../../../sources/image/schema.js';

/** Manifest media types the registry is asked for, best first; schema 1 is refused when a registry sends it. */
export const manifestAccept = [
  mediaTypes.ociIndex,
  mediaTypes.dockerManifestList,
  mediaTypes.ociManifest,
  mediaTypes.dockerManifest,
].join(', ');

export const dockerSchema1MediaTypes: ReadonlySet<string> = new Set([
  'application/vnd.docker.distribution.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v1+prettyjws',
]);

/** The Distribution API's error body. */
export const RegistryErrors = z.object({
  errors: z.array(
    z.object({
      code: z.string().optional(),
      message: z.string().optional(),
      detail: z.unknown().optional(),
    }),
  ),
});

/** A token server's answer; `token` and `access_token` are synonyms, either may be present. */
export const TokenResponse = z
  .object({
    token: z.string().optional(),
    access_token: z.string().optional(),
    expires_in: z.number().optional(),
  })
  .refine((body) => body.token !== undefined || body.access_token !== undefined, 'the answer holds no token');

/** The parts of the Docker CLI's `config.json` that hold registry credentials. */
export const DockerConfigFile = z.object({
  auths: z
    .record(
      z.string(),
      z.object({
        auth: z.string().optional(),
        username: z.string().optional(),
        password: z.string().optional(),
        identitytoken: z.string().optional(),
      }),
    )
    .optional(),
  credsStore: z.string().optional(),
  credHelpers: z.record(z.string(), z.string()).optional(),
});
export type DockerConfigFile = z.infer<typeof DockerConfigFile>;
