import { defineRule } from '../define-rule.js';

/** How the Docker CLI reads a boolean environment variable (Go's strconv.ParseBool). */
const trueValues: ReadonlySet<string> = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);

/** The resource kind of the Docker client environment the host engine reads. */
export const dockerClientKind = 'DockerClient';
export const contentTrustVariable = 'DOCKER_CONTENT_TRUST';

export const contentTrustDisabled = defineRule({
  id: 'DH100',
  slug: 'content-trust-disabled',
  title: 'Docker content trust is not enabled',
  severity: 'info',
  domain: 'daemon',
  target: 'docker-daemon',
  appliesTo: [dockerClientKind],
  rationale:
    'With `DOCKER_CONTENT_TRUST=1` the Docker client pulls, runs and builds only tags whose publisher signed ' +
    'them, so a tag moved on a compromised registry is refused. It is a client setting: it protects only the ' +
    'shells and pipelines that set it, which is why this is information about the environment Bulwark ran in, ' +
    'not a verdict on the host.',
  remediation:
    'Export `DOCKER_CONTENT_TRUST=1` in the profiles of the users and CI jobs that pull images on this host, and ' +
    'sign what you push (`docker trust sign`). Prefer signature verification at admission (Sigstore policies) ' +
    'where Kubernetes runs the images.',
  references: {
    cis: ['docker-1.6:4.5'],
    urls: ['https://docs.docker.com/engine/security/trust/'],
  },
  messages: {
    unset: 'DOCKER_CONTENT_TRUST is not set, so image signatures are not verified on pull and run',
    disabled: 'DOCKER_CONTENT_TRUST is {{value}}, which leaves image signature verification off',
  },
  *check(view) {
    if (view.resource.kind !== dockerClientKind) return;
    const value = view.settings[contentTrustVariable];
    const path = [contentTrustVariable];
    if (value === undefined || value === null) {
      yield { messageId: 'unset', path };
      return;
    }
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (!trueValues.has(text)) yield { messageId: 'disabled', data: { value: JSON.stringify(text) }, path };
  },
});
