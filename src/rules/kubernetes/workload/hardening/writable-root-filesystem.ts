import { workloadKinds } from '../../../../sources/index.js';
import { defineRule } from '../../../define-rule.js';
import { isWindowsPod } from './workload-utils.js';

export const writableRootFilesystem = defineRule({
  id: 'KW020',
  slug: 'writable-root-filesystem',
  title: 'Container root filesystem is writable',
  severity: 'medium',
  domain: 'kubernetes-workload',
  target: 'pod-spec',
  appliesTo: workloadKinds,
  rationale:
    'With a writable root filesystem, an intruder can drop tools, replace binaries or edit configuration the ' +
    'application trusts, and the change lives as long as the container. A read-only root forces every write into ' +
    'a declared volume, where it is visible and bounded.',
  remediation:
    'Set `securityContext.readOnlyRootFilesystem: true` on every container (init and ephemeral ones too) and mount ' +
    'an `emptyDir` volume at each path the process must write, such as `/tmp` or a cache folder.',
  references: {
    trivy: ['KSV-0014'],
    urls: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'],
  },
  messages: {
    notSet: 'container "{{container}}" does not set securityContext.readOnlyRootFilesystem: true',
    disabled: 'container "{{container}}" sets securityContext.readOnlyRootFilesystem: false',
  },
  *check(view) {
    // Windows pods may not set the field at all; the API rejects it.
    if (isWindowsPod(view)) return;
    for (const entry of view.containers) {
      const readOnly = entry.container.securityContext?.readOnlyRootFilesystem;
      if (readOnly === true) continue;
      yield {
        messageId: readOnly === false ? 'disabled' : 'notSet',
        data: { container: entry.name },
        path: [...entry.path, 'securityContext', 'readOnlyRootFilesystem'],
      };
    }
  },
});
