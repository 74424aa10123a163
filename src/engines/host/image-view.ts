import type { ImageView } from '../../sources/index.js';
import { emptyImageFileFacts } from '../../sources/index.js';
import type { ImageInspect } from './schema.js';

/** Image rules that read only the runtime config, which `docker image inspect` gives without exporting layers. */
export const configImageRuleIds: ReadonlySet<string> = new Set(['IM001', 'IM002', 'IM003', 'IM007']);

/** How findings name a local image: its first tag, else its short id (`docker:local/app:1`, `docker:sha256:0123…`). */
export function imageReference(inspect: ImageInspect): string {
  const tag = [...(inspect.RepoTags ?? [])].filter((name) => name !== '<none>:<none>').sort()[0];
  return `docker:${tag ?? inspect.Id.slice(0, 'sha256:'.length + 12)}`;
}

/** An image view with the config of an engine inspection and no layer facts: enough for `configImageRuleIds`. */
export function imageViewFromInspect(inspect: ImageInspect): ImageView {
  const config = inspect.Config ?? {};
  const reference = imageReference(inspect);
  const platform = inspect.Os && inspect.Architecture ? `${inspect.Os}/${inspect.Architecture}` : undefined;
  const image = {
    reference,
    configDigest: inspect.Id,
    layers: [],
    ...(platform === undefined ? {} : { platform }),
  };
  const user = config.User ?? undefined;
  const healthcheck = config.Healthcheck?.Test ?? undefined;
  return {
    resource: { kind: 'Image', name: reference, source: { file: reference }, doc: image },
    image,
    config: {
      ...(user === undefined ? {} : { user }),
      env: config.Env ?? [],
      exposedPorts: Object.keys(config.ExposedPorts ?? {}).sort(),
      labels: config.Labels ?? {},
      ...(healthcheck === undefined ? {} : { healthcheck }),
    },
    history: [],
    files: emptyImageFileFacts,
    vulnerabilities: [],
  };
}
