import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { containerImage } from './image-utils.js';

export const imageNotPinnedByDigest = defineRule({
  id: 'KW026',
  slug: 'image-not-pinned-by-digest',
  title: 'Image is not pinned by digest',
  severity: 'info',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'Every tag, version tags included, can be pushed again with different content; only a digest names fixed ' +
    'bytes. Pinning by digest makes every node run exactly the image that was scanned and approved.',
  remediation:
    'Append the digest of the approved image (`image: registry/app:1.4.2@sha256:…`) and let a dependency bot ' +
    'propose digest updates.',
  references: {
    urls: ['https://kubernetes.io/docs/concepts/containers/images/#image-names'],
  },
  messages: {
    notPinned: 'container "{{container}}" uses image "{{image}}", which is not pinned by digest',
  },
  *check(view) {
    for (const entry of view.containers) {
      const image = entry.container.image;
      const reference = containerImage(image);
      if (typeof image !== 'string' || reference === undefined || reference.digest !== undefined) continue;
      yield {
        messageId: 'notPinned',
        data: { container: entry.name, image },
        path: [...entry.path, 'image'],
      };
    }
  },
});
