import { defineRule } from '../define-rule.js';
import {
  containerData,
  containerKinds,
  omissionIsKnown,
  runReferenceUrl,
} from './container-utils/container.js';

export const containerWritableRootFilesystem = defineRule({
  id: 'DH038',
  slug: 'container-writable-root-filesystem',
  title: 'Container root filesystem is writable',
  severity: 'low',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'With a writable root filesystem an intruder can change the programs and configuration the container runs ' +
    'and leave tools behind. --read-only (HostConfig.ReadonlyRootfs) keeps the image as built, with volumes or ' +
    'tmpfs for the paths that must change.',
  remediation: 'Add --read-only and mount a volume or --tmpfs for each path the application writes to.',
  references: { cis: ['docker-1.6:5.13'], urls: [runReferenceUrl] },
  messages: {
    missing: 'container "{{container}}" runs with a writable root filesystem (no --read-only)',
    disabled: 'container "{{container}}" turns the read-only root filesystem off',
  },
  *check(view) {
    const setting = view.readOnlyRootfs;
    if (setting === undefined) {
      if (omissionIsKnown(view)) yield { messageId: 'missing', data: containerData(view), path: [] };
      return;
    }
    if (setting.value === false)
      yield { messageId: 'disabled', data: containerData(view), path: setting.path };
  },
});
