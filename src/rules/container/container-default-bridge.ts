import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, runningContainersUrl } from './container-utils/container.js';

const defaultBridgeModes = new Set(['default', 'bridge']);

export const containerDefaultBridge = defineRule({
  id: 'DH051',
  slug: 'container-default-bridge',
  title: 'Container attached to the default bridge network',
  severity: 'low',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'Every container on the default docker0 bridge can reach every other one on it, and the bridge offers no ' +
    'name resolution or isolation between applications. User-defined networks separate applications from each ' +
    'other. Only running containers are judged: a run line without --network may still be meant for a host ' +
    'whose daemon has no default bridge.',
  remediation:
    'Create a network per application (docker network create) and start its containers with --network.',
  references: { cis: ['docker-1.6:5.30'], urls: [runningContainersUrl] },
  messages: { defaultBridge: 'container "{{container}}" is attached to the default bridge network' },
  *check(view) {
    if (view.origin.kind !== 'engine') return;
    const mode = view.networkMode?.value;
    if (mode === undefined || !defaultBridgeModes.has(mode)) return;
    yield { messageId: 'defaultBridge', data: containerData(view), path: view.networkMode?.path ?? [] };
  },
});
