import type { FieldPath } from '../../core/index.js';
import { defineRule } from '../define-rule.js';
import {
  containerData,
  containerKinds,
  omissionIsKnown,
  runReferenceUrl,
} from './container-utils/container.js';

export const containerNoNewPrivileges = defineRule({
  id: 'DH048',
  slug: 'container-no-new-privileges',
  title: 'Container processes can gain new privileges',
  severity: 'medium',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'Without no-new-privileges a process in the container can gain rights through setuid and setgid programs or ' +
    'file capabilities, which turns a foothold as an unprivileged user into root in the container. The option ' +
    'can also be set for every container in daemon.json, which a run line does not show.',
  remediation: 'Add --security-opt no-new-privileges (or set "no-new-privileges": true in daemon.json).',
  references: { cis: ['docker-1.6:5.26'], urls: [runReferenceUrl] },
  messages: {
    missing: 'container "{{container}}" does not set no-new-privileges',
    disabled: 'container "{{container}}" sets no-new-privileges to false',
  },
  *check(view) {
    let undecided = false;
    let disabled: FieldPath | undefined;
    for (const setting of view.securityOptions) {
      const option = setting.value;
      if (option === undefined) undecided = true;
      else if (option.kind === 'no-new-privileges' && option.enabled) return;
      else if (option.kind === 'no-new-privileges') disabled = setting.path;
    }
    if (disabled !== undefined) {
      yield { messageId: 'disabled', data: containerData(view), path: disabled };
      return;
    }
    // An option a variable decides might be this one.
    if (undecided || !omissionIsKnown(view)) return;
    const path = view.origin.kind === 'engine' ? ['HostConfig', 'SecurityOpt'] : [];
    yield { messageId: 'missing', data: containerData(view), path };
  },
});
