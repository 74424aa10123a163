import type { PlainData } from '../../core/index.js';
import type { DockerDaemonView } from '../../sources/index.js';
import { contentTrustVariable, dockerClientKind } from '../../rules/host/content-trust-disabled.js';

/** Where findings about the client environment point. */
export const clientEnvironmentFile = 'environment';

/**
 * The Docker client environment Bulwark runs in, shaped as daemon settings so the client rules (content trust) are
 * judged by the same engine: one setting per variable, each set "by the environment".
 */
export function clientEnvironmentView(contentTrust: string | undefined): DockerDaemonView {
  const settings: Record<string, PlainData> = {};
  if (contentTrust !== undefined) settings[contentTrustVariable] = contentTrust;
  return {
    resource: {
      kind: dockerClientKind,
      name: 'environment',
      source: { file: clientEnvironmentFile },
      doc: settings,
    },
    settings,
    origins: {
      [contentTrustVariable]: { source: 'flag', file: clientEnvironmentFile, path: [contentTrustVariable] },
    },
    live: true,
  };
}
