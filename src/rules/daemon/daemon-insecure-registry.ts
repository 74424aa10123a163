import { defineRule } from '../define-rule.js';
import { effectiveSetting, stringsOf } from './daemon-utils/setting.js';

export const daemonInsecureRegistry = defineRule({
  id: 'DH004',
  slug: 'daemon-insecure-registry',
  title: 'Docker daemon trusts an insecure registry',
  severity: 'high',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: ['DockerDaemon'],
  rationale:
    'For an insecure registry dockerd accepts plain HTTP or any TLS certificate, so whoever sits on the network ' +
    'path can serve altered images and read the credentials sent to the registry.',
  remediation:
    'Remove the registry from `insecure-registries` (or drop `--insecure-registry`) and give it a valid TLS ' +
    'certificate; for a private CA, put its certificate in `/etc/docker/certs.d/<registry>/ca.crt`.',
  references: {
    cis: ['docker-1.6:2.5'],
    urls: ['https://docs.docker.com/reference/cli/dockerd/#insecure-registries'],
  },
  messages: {
    insecure:
      'registry "{{registry}}" is marked insecure: images and credentials travel without verified TLS',
  },
  *check(view) {
    const setting = effectiveSetting(view, 'insecure-registries');
    for (const [index, registry] of stringsOf(setting.value).entries())
      yield { messageId: 'insecure', data: { registry }, path: [...setting.path, index] };
  },
});
