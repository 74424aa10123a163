import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { containerImage, defaultPullPolicy } from './image-utils.js';

export const imagePullPolicyNotAlways = defineRule({
  id: 'KW027',
  slug: 'image-pull-policy-not-always',
  title: 'Image referenced by tag is not pulled with policy Always',
  severity: 'low',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'A tag can be moved to new content, so with IfNotPresent or Never each node runs whatever it cached under the ' +
    'tag, and a pod can start from an image another workload pulled without the registry checking its own pull ' +
    'credentials. As in Checkov (CKV_K8S_15), images referenced by tag need an effective policy of Always, set ' +
    'explicitly or by the Kubernetes default for `latest`; images pinned by digest are immutable and accepted with ' +
    'any policy.',
  remediation:
    'Pin the image by digest, or set `imagePullPolicy: Always` on the container; a cluster can also enforce it ' +
    'with the AlwaysPullImages admission plugin.',
  references: {
    urls: ['https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy'],
  },
  messages: {
    explicit:
      'container "{{container}}" pulls image "{{image}}" by tag with imagePullPolicy: {{policy}}; use Always or a digest',
    defaulted:
      'container "{{container}}" pulls image "{{image}}" by tag and omits imagePullPolicy, which defaults to IfNotPresent',
  },
  *check(view) {
    for (const entry of view.containers) {
      const { image, imagePullPolicy: policy } = entry.container;
      const reference = containerImage(image);
      if (typeof image !== 'string' || reference === undefined || reference.digest !== undefined) continue;
      const path = [...entry.path, 'imagePullPolicy'];
      const data = { container: entry.name, image };
      if (policy === null || policy === undefined || policy === '') {
        if (defaultPullPolicy(reference) !== 'Always') yield { messageId: 'defaulted', data, path };
      } else if (policy !== 'Always') {
        yield { messageId: 'explicit', data: { ...data, policy }, path };
      }
    }
  },
});
