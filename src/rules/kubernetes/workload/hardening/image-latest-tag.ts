import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { containerImage, usesLatestTag } from './image-utils.js';

export const imageLatestTag = defineRule({
  id: 'KW025',
  slug: 'image-latest-tag',
  title: 'Image uses the latest tag or no tag',
  severity: 'medium',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'An image without a tag means `latest`, which the registry moves with every push: what runs depends on when ' +
    'each node pulled, a rollback cannot name the previous version, and a poisoned push reaches production on the ' +
    'next restart.',
  remediation:
    'Reference a specific version tag, or better a digest (`image: registry/app:1.4.2@sha256:…`), and change it ' +
    'through a deliberate rollout.',
  references: {
    trivy: ['KSV-0013'],
    urls: ['https://kubernetes.io/docs/concepts/containers/images/#image-names'],
  },
  messages: {
    latest: 'container "{{container}}" uses image "{{image}}" with the moving tag latest',
    untagged: 'container "{{container}}" uses image "{{image}}" without a tag, which pulls latest',
  },
  *check(view) {
    for (const entry of view.containers) {
      const image = entry.container.image;
      const reference = containerImage(image);
      if (typeof image !== 'string' || reference === undefined || !usesLatestTag(reference)) continue;
      yield {
        messageId: reference.tag === undefined ? 'untagged' : 'latest',
        data: { container: entry.name, image },
        path: [...entry.path, 'image'],
      };
    }
  },
});
