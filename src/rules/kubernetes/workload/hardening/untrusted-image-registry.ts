import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import type { TrustedRegistry } from './image-utils.js';
import { containerImage, isTrustedImage, parseTrustedRegistry } from './image-utils.js';

export const untrustedImageRegistry = defineRule({
  id: 'KW036',
  slug: 'untrusted-image-registry',
  title: 'Image from a registry outside the trusted list',
  severity: 'medium',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Images pulled from arbitrary registries skip the scanning, signing and retention controls of the registries ' +
    'the organisation trusts, and a typo-squatted or hijacked public repository runs with full trust. The rule ' +
    'runs only when `trustedRegistries` is configured; short names such as `nginx` count as ' +
    '`docker.io/library/nginx`.',
  remediation:
    'Mirror the image into a trusted registry and reference it from there, or add the registry (host, optionally ' +
    'with a repository prefix such as `registry.example.com/team`, or `*.example.com`) to `trustedRegistries`.',
  references: {
    cis: ['k8s-1.9:5.5.1'],
    urls: ['https://kubernetes.io/docs/concepts/containers/images/'],
  },
  messages: {
    untrusted:
      'container "{{container}}" uses image "{{image}}" from {{registry}}, which is not in the trusted registries',
  },
  *check(view, context) {
    const trusted: TrustedRegistry[] = [];
    for (const entry of context.trustedRegistries) {
      const parsed = parseTrustedRegistry(entry);
      if (parsed !== undefined) trusted.push(parsed);
    }
    if (trusted.length === 0) return;
    for (const entry of view.containers) {
      const image = entry.container.image;
      const reference = containerImage(image);
      if (typeof image !== 'string' || reference === undefined || isTrustedImage(reference, trusted))
        continue;
      yield {
        messageId: 'untrusted',
        data: { container: entry.name, image, registry: `${reference.registry}/${reference.repository}` },
        path: [...entry.path, 'image'],
      };
    }
  },
});
