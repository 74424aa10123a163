import type { PublishedPort, Setting } from '../../sources/index.js';
import { defineRule } from '../define-rule.js';
import { containerData, containerKinds, runReferenceUrl } from './container-utils/container.js';

const everyInterface = new Set(['0.0.0.0', '::', '[::]']);

function onEveryInterface(port: PublishedPort): boolean {
  return port.hostIp === undefined || everyInterface.has(port.hostIp);
}

/** The engine lists a port twice, on 0.0.0.0 and on ::; one finding says it. */
function isIpv6Twin(setting: Setting<PublishedPort>, all: readonly Setting<PublishedPort>[]): boolean {
  const port = setting.value;
  if (port?.hostIp !== '::') return false;
  return all.some(
    (other) =>
      other.value?.hostIp === '0.0.0.0' &&
      other.value.containerPort === port.containerPort &&
      other.value.hostPort === port.hostPort,
  );
}

export const containerPortOnAllInterfaces = defineRule({
  id: 'DH039',
  slug: 'container-port-on-all-interfaces',
  title: 'Container port published on every host interface',
  severity: 'medium',
  domain: 'daemon',
  target: 'container',
  appliesTo: containerKinds,
  rationale:
    'A port published without a host address (-p 8080:80, or -P) listens on every interface of the host, ' +
    'including public ones, and Docker inserts its own firewall rules ahead of the host firewall. Binding to one ' +
    'address (-p 127.0.0.1:8080:80) exposes only what was meant to be exposed.',
  remediation:
    'Give each published port the host address it should listen on: -p 127.0.0.1:8080:80 or an internal address.',
  references: { cis: ['docker-1.6:5.14'], urls: [runReferenceUrl] },
  messages: {
    allInterfaces: 'container "{{container}}" publishes port {{containerPort}} on every host interface',
    publishAll: 'container "{{container}}" publishes every exposed port on every host interface (-P)',
  },
  *check(view) {
    for (const setting of view.ports) {
      const port = setting.value;
      if (port === undefined || !onEveryInterface(port) || isIpv6Twin(setting, view.ports)) continue;
      yield {
        messageId: 'allInterfaces',
        data: containerData(view, { containerPort: `${port.containerPort}/${port.protocol}` }),
        path: setting.path,
      };
    }
    // The engine lists the ports -P bound; only a run line leaves them unseen.
    if (view.publishAll?.value === true && view.origin.kind === 'run-line')
      yield { messageId: 'publishAll', data: containerData(view), path: view.publishAll.path };
  },
});
