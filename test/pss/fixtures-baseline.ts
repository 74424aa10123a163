// Pass and fail tweaks for the baseline checks on privilege and host access, with PSA's verdict per level and
// version (see the rules' comments for the sources of each version boundary). They also run at the restricted level.
import type { Fixture } from './pss-pods.js';
import { addEphemeral, always, first, firstInit, fromVersion, never, podSc, sc } from './pss-pods.js';

const baselineCapabilities = [
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
];

function addCapabilities(add: string[]) {
  return (container: Parameters<typeof sc>[0]) => {
    const context = sc(container);
    context.capabilities = { ...context.capabilities, add };
  };
}

export const baselineFixtures: readonly Fixture[] = [
  // privileged
  {
    check: 'privileged',
    name: 'privileged: false',
    tweak: (pod) => void (sc(first(pod)).privileged = false),
    rejected: never,
    controls: [],
  },
  {
    check: 'privileged',
    name: 'container privileged',
    tweak: (pod) => void (sc(first(pod)).privileged = true),
    rejected: always,
    controls: ['privileged'],
  },
  {
    check: 'privileged',
    name: 'init container privileged',
    tweak: (pod) => void (sc(firstInit(pod)).privileged = true),
    rejected: always,
    controls: ['privileged'],
  },
  {
    check: 'privileged',
    name: 'ephemeral container privileged',
    tweak: (pod) => addEphemeral(pod, (c) => void (sc(c).privileged = true)),
    rejected: always,
    controls: ['privileged'],
  },
  {
    check: 'privileged',
    name: 'valid ephemeral container',
    tweak: (pod) => addEphemeral(pod),
    rejected: never,
    controls: [],
  },

  // windowsHostProcess
  {
    check: 'windowsHostProcess',
    name: 'hostProcess false',
    tweak: (pod) => void (podSc(pod).windowsOptions = { hostProcess: false }),
    rejected: never,
    controls: [],
  },
  {
    check: 'windowsHostProcess',
    name: 'pod hostProcess',
    tweak: (pod) => void (podSc(pod).windowsOptions = { hostProcess: true }),
    rejected: always,
    controls: ['windowsHostProcess'],
  },
  {
    check: 'windowsHostProcess',
    name: 'container hostProcess',
    tweak: (pod) => void (sc(first(pod)).windowsOptions = { hostProcess: true }),
    rejected: always,
    controls: ['windowsHostProcess'],
  },

  // hostNamespaces
  {
    check: 'hostNamespaces',
    name: 'host namespaces false',
    tweak: (pod) => Object.assign(pod.spec, { hostNetwork: false, hostPID: false, hostIPC: false }),
    rejected: never,
    controls: [],
  },
  {
    check: 'hostNamespaces',
    name: 'hostNetwork',
    tweak: (pod) => void (pod.spec['hostNetwork'] = true),
    rejected: always,
    controls: ['hostNamespaces'],
  },
  {
    check: 'hostNamespaces',
    name: 'hostPID',
    tweak: (pod) => void (pod.spec['hostPID'] = true),
    rejected: always,
    controls: ['hostNamespaces'],
  },
  {
    check: 'hostNamespaces',
    name: 'hostIPC',
    tweak: (pod) => void (pod.spec['hostIPC'] = true),
    rejected: always,
    controls: ['hostNamespaces'],
  },

  // capabilities_baseline (replaced by capabilities_restricted at restricted 1.22+)
  {
    check: 'capabilities_baseline',
    name: 'add NET_BIND_SERVICE',
    tweak: (pod) => addCapabilities(['NET_BIND_SERVICE'])(first(pod)),
    rejected: never,
    controls: [],
  },
  {
    check: 'capabilities_baseline',
    name: 'add the whole baseline set',
    tweak: (pod) => addCapabilities(baselineCapabilities)(firstInit(pod)),
    rejected: (level, minor) => level === 'restricted' && minor >= 22,
    controls: ['capabilities_restricted'],
  },
  {
    check: 'capabilities_baseline',
    name: 'add NET_RAW',
    tweak: (pod) => addCapabilities(['NET_RAW'])(first(pod)),
    rejected: always,
    controls: ['capabilities_baseline', 'capabilities_restricted'],
  },
  {
    check: 'capabilities_baseline',
    name: 'add SYS_ADMIN to an init container',
    tweak: (pod) => addCapabilities(['SYS_ADMIN'])(firstInit(pod)),
    rejected: always,
    controls: ['capabilities_baseline', 'capabilities_restricted'],
  },
  {
    check: 'capabilities_baseline',
    name: 'Windows pod adds SYS_ADMIN',
    tweak: (pod) => {
      pod.spec['os'] = { name: 'windows' };
      addCapabilities(['SYS_ADMIN'])(first(pod));
    },
    // At restricted 1.25+ capabilities_restricted replaces the baseline check and exempts Windows pods.
    rejected: (level, minor) => level === 'baseline' || minor < 25,
    controls: ['capabilities_baseline', 'capabilities_restricted'],
  },

  // hostPathVolumes (replaced by restrictedVolumes at restricted)
  {
    check: 'hostPathVolumes',
    name: 'emptyDir volume',
    tweak: (pod) => void (pod.spec.volumes = [{ name: 'v', emptyDir: {} }]),
    rejected: never,
    controls: [],
  },
  {
    check: 'hostPathVolumes',
    name: 'hostPath volume',
    tweak: (pod) => void (pod.spec.volumes = [{ name: 'v', hostPath: { path: '/a' } }]),
    rejected: always,
    controls: ['hostPathVolumes', 'restrictedVolumes'],
  },

  // hostPorts
  {
    check: 'hostPorts',
    name: 'hostPort 0',
    tweak: (pod) => void (first(pod)['ports'] = [{ containerPort: 80, hostPort: 0 }]),
    rejected: never,
    controls: [],
  },
  {
    check: 'hostPorts',
    name: 'hostPort',
    tweak: (pod) => void (first(pod)['ports'] = [{ containerPort: 80, hostPort: 80 }]),
    rejected: always,
    controls: ['hostPorts'],
  },
  {
    check: 'hostPorts',
    name: 'init container hostPort',
    tweak: (pod) => void (firstInit(pod)['ports'] = [{ containerPort: 1, hostPort: 1 }]),
    rejected: always,
    controls: ['hostPorts'],
  },

  // hostProbesAndHostLifecycle (1.34+)
  {
    check: 'hostProbesAndHostLifecycle',
    name: 'probe with empty host',
    tweak: (pod) => void (first(pod)['livenessProbe'] = { httpGet: { port: 80, host: '' } }),
    rejected: never,
    controls: [],
  },
  {
    check: 'hostProbesAndHostLifecycle',
    name: 'liveness httpGet host',
    tweak: (pod) => void (first(pod)['livenessProbe'] = { httpGet: { port: 80, host: 'example.com' } }),
    rejected: fromVersion(34),
    controls: ['hostProbesAndHostLifecycle'],
  },
  {
    check: 'hostProbesAndHostLifecycle',
    name: 'readiness tcpSocket host',
    tweak: (pod) => void (first(pod)['readinessProbe'] = { tcpSocket: { port: 80, host: '10.0.0.1' } }),
    rejected: fromVersion(34),
    controls: ['hostProbesAndHostLifecycle'],
  },
  {
    check: 'hostProbesAndHostLifecycle',
    name: 'preStop httpGet host',
    tweak: (pod) =>
      void (firstInit(pod)['lifecycle'] = { preStop: { httpGet: { port: 80, host: 'node.local' } } }),
    rejected: fromVersion(34),
    controls: ['hostProbesAndHostLifecycle'],
  },
];
