import { defineRule } from '../define-rule.js';
import {
  containerData,
  containerKinds,
  omissionIsKnown,
  runReferenceUrl,
} from './container-utils/container.js';

export const containerMemoryLimit = defineRule({
  id: 'DH036',
  slug: 'container-memory-limit',
  title: 'Container memory is not limited',
  severity: 'medium',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'Without --memory (HostConfig.Memory 0) a container may use all the host memory; one leak or one hostile ' +
    'process starves every other container and the daemon itself, and the kernel OOM killer picks its victims ' +
    'across the whole host.',
  remediation:
    'Set --memory to what the workload needs (for example --memory 512m), and --memory-swap to the same value.',
  references: { cis: ['docker-1.6:5.11'], urls: [runReferenceUrl] },
  messages: {
    missing: 'container "{{container}}" has no memory limit',
    unlimited: 'container "{{container}}" sets memory to 0, which is no limit',
  },
  *check(view) {
    const memory = view.memory;
    if (memory === undefined) {
      if (omissionIsKnown(view)) yield { messageId: 'missing', data: containerData(view), path: [] };
      return;
    }
    if (memory.value === 0) yield { messageId: 'unlimited', data: containerData(view), path: memory.path };
  },
});
