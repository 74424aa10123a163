// Pass and fail tweaks for the restricted checks, with PSA's verdict per level and version. At the baseline level
// every one of these pods is admitted (restricted checks do not run there).
import type { Container, Fixture, Pod } from './pss-pods.js';
import { addEphemeral, first, firstInit, never, podSc, restrictedOnly, sc } from './pss-pods.js';

function allContainers(pod: Pod): Container[] {
  return [...pod.spec.initContainers, ...pod.spec.containers, ...(pod.spec.ephemeralContainers ?? [])];
}

function windows(pod: Pod): void {
  pod.spec['os'] = { name: 'windows' };
}

const allowedVolumes: readonly Record<string, unknown>[] = [
  { name: 'a', configMap: { name: 'cm' } },
  { name: 'b', csi: { driver: 'csi.example.com' } },
  { name: 'c', downwardAPI: { items: [] } },
  { name: 'd', emptyDir: {} },
  { name: 'e', ephemeral: { volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'] } } } },
  { name: 'f', image: { reference: 'registry.example/data:1' } },
  { name: 'g', persistentVolumeClaim: { claimName: 'data' } },
  { name: 'h', projected: { sources: [] } },
  { name: 'i', secret: { secretName: 's' } },
  { name: 'j' },
];

export const restrictedFixtures: readonly Fixture[] = [
  // restrictedVolumes (every version, image included)
  {
    check: 'restrictedVolumes',
    name: 'allowed volume types',
    tweak: (pod) => void (pod.spec.volumes = [...allowedVolumes]),
    rejected: never,
    controls: [],
  },
  {
    check: 'restrictedVolumes',
    name: 'nfs volume',
    tweak: (pod) => void (pod.spec.volumes = [{ name: 'n', nfs: { server: 's', path: '/' } }]),
    rejected: restrictedOnly(),
    controls: ['restrictedVolumes'],
  },
  {
    check: 'restrictedVolumes',
    name: 'gitRepo volume',
    tweak: (pod) => void (pod.spec.volumes = [{ name: 'g', gitRepo: { repository: 'r' } }]),
    rejected: restrictedOnly(),
    controls: ['restrictedVolumes'],
  },

  // allowPrivilegeEscalation (1.8+, Windows exempt from 1.25)
  {
    check: 'allowPrivilegeEscalation',
    name: 'allowPrivilegeEscalation true',
    tweak: (pod) => void (sc(first(pod)).allowPrivilegeEscalation = true),
    rejected: restrictedOnly((minor) => minor >= 8),
    controls: ['allowPrivilegeEscalation'],
  },
  {
    check: 'allowPrivilegeEscalation',
    name: 'allowPrivilegeEscalation unset',
    tweak: (pod) => void delete sc(firstInit(pod)).allowPrivilegeEscalation,
    rejected: restrictedOnly((minor) => minor >= 8),
    controls: ['allowPrivilegeEscalation'],
  },
  {
    check: 'allowPrivilegeEscalation',
    name: 'ephemeral container without allowPrivilegeEscalation',
    tweak: (pod) => addEphemeral(pod, (c) => void delete sc(c).allowPrivilegeEscalation),
    rejected: restrictedOnly((minor) => minor >= 8),
    controls: ['allowPrivilegeEscalation'],
  },
  {
    check: 'allowPrivilegeEscalation',
    name: 'Windows pod without allowPrivilegeEscalation',
    tweak: (pod) => {
      windows(pod);
      for (const container of allContainers(pod)) delete sc(container).allowPrivilegeEscalation;
    },
    rejected: restrictedOnly((minor) => minor >= 8 && minor < 25),
    controls: ['allowPrivilegeEscalation'],
  },

  // runAsNonRoot (user-namespace pods exempt from 1.35)
  {
    check: 'runAsNonRoot',
    name: 'runAsNonRoot true on every container instead of the pod',
    tweak: (pod) => {
      delete podSc(pod).runAsNonRoot;
      for (const container of allContainers(pod)) sc(container).runAsNonRoot = true;
    },
    rejected: never,
    controls: [],
  },
  {
    check: 'runAsNonRoot',
    name: 'pod runAsNonRoot false',
    tweak: (pod) => void (podSc(pod).runAsNonRoot = false),
    rejected: restrictedOnly(),
    controls: ['runAsNonRoot'],
  },
  {
    check: 'runAsNonRoot',
    name: 'container runAsNonRoot false',
    tweak: (pod) => void (sc(first(pod)).runAsNonRoot = false),
    rejected: restrictedOnly(),
    controls: ['runAsNonRoot'],
  },
  {
    check: 'runAsNonRoot',
    name: 'pod false although every container sets true',
    tweak: (pod) => {
      podSc(pod).runAsNonRoot = false;
      for (const container of allContainers(pod)) sc(container).runAsNonRoot = true;
    },
    rejected: restrictedOnly(),
    controls: ['runAsNonRoot'],
  },
  {
    check: 'runAsNonRoot',
    name: 'runAsNonRoot unset',
    tweak: (pod) => void delete podSc(pod).runAsNonRoot,
    rejected: restrictedOnly(),
    controls: ['runAsNonRoot'],
  },
  {
    check: 'runAsNonRoot',
    name: 'runAsNonRoot unset in a user namespace pod',
    tweak: (pod) => {
      pod.spec['hostUsers'] = false;
      delete podSc(pod).runAsNonRoot;
    },
    rejected: restrictedOnly((minor) => minor < 35),
    controls: ['runAsNonRoot'],
  },

  // runAsUser (1.23+, user-namespace pods exempt from 1.35)
  {
    check: 'runAsUser',
    name: 'runAsUser 1000',
    tweak: (pod) => void (podSc(pod).runAsUser = 1000),
    rejected: never,
    controls: [],
  },
  {
    check: 'runAsUser',
    name: 'pod runAsUser 0',
    tweak: (pod) => void (podSc(pod).runAsUser = 0),
    rejected: restrictedOnly((minor) => minor >= 23),
    controls: ['runAsUser'],
  },
  {
    check: 'runAsUser',
    name: 'init container runAsUser 0',
    tweak: (pod) => void (sc(firstInit(pod)).runAsUser = 0),
    rejected: restrictedOnly((minor) => minor >= 23),
    controls: ['runAsUser'],
  },
  {
    check: 'runAsUser',
    name: 'runAsUser 0 in a user namespace pod',
    tweak: (pod) => {
      pod.spec['hostUsers'] = false;
      sc(first(pod)).runAsUser = 0;
    },
    rejected: restrictedOnly((minor) => minor >= 23 && minor < 35),
    controls: ['runAsUser'],
  },

  // seccompProfile_restricted (1.19+, Windows exempt from 1.25)
  {
    check: 'seccompProfile_restricted',
    name: 'pod Localhost seccomp',
    tweak: (pod) => void (podSc(pod).seccompProfile = { type: 'Localhost', localhostProfile: 'p.json' }),
    rejected: never,
    controls: [],
  },
  {
    check: 'seccompProfile_restricted',
    name: 'seccomp on every container instead of the pod',
    tweak: (pod) => {
      delete podSc(pod).seccompProfile;
      for (const container of allContainers(pod)) sc(container).seccompProfile = { type: 'RuntimeDefault' };
    },
    rejected: never,
    controls: [],
  },
  {
    check: 'seccompProfile_restricted',
    name: 'seccomp unset',
    tweak: (pod) => void delete podSc(pod).seccompProfile,
    rejected: restrictedOnly((minor) => minor >= 19),
    controls: ['seccompProfile_restricted'],
  },
  {
    check: 'seccompProfile_restricted',
    name: 'seccomp set on one container only',
    tweak: (pod) => {
      delete podSc(pod).seccompProfile;
      sc(first(pod)).seccompProfile = { type: 'RuntimeDefault' };
    },
    rejected: restrictedOnly((minor) => minor >= 19),
    controls: ['seccompProfile_restricted'],
  },
  {
    check: 'seccompProfile_restricted',
    name: 'Windows pod without seccomp',
    tweak: (pod) => {
      windows(pod);
      delete podSc(pod).seccompProfile;
    },
    rejected: restrictedOnly((minor) => minor >= 19 && minor < 25),
    controls: ['seccompProfile_restricted'],
  },
  {
    check: 'seccompProfile_restricted',
    name: 'Windows pod with an Unconfined seccomp profile',
    tweak: (pod) => {
      windows(pod);
      podSc(pod).seccompProfile = { type: 'Unconfined' };
    },
    // Baseline still rejects the explicit Unconfined; restricted 1.25+ replaces that check and exempts Windows.
    rejected: (level, minor) => minor >= 19 && (level === 'baseline' || minor < 25),
    controls: ['seccompProfile_baseline', 'seccompProfile_restricted'],
  },

  // capabilities_restricted (1.22+, Windows exempt from 1.25)
  {
    check: 'capabilities_restricted',
    name: 'drop ALL, add NET_BIND_SERVICE',
    tweak: (pod) => void (sc(first(pod)).capabilities = { drop: ['ALL'], add: ['NET_BIND_SERVICE'] }),
    rejected: never,
    controls: [],
  },
  {
    check: 'capabilities_restricted',
    name: 'capabilities unset',
    tweak: (pod) => void delete sc(first(pod)).capabilities,
    rejected: restrictedOnly((minor) => minor >= 22),
    controls: ['capabilities_restricted'],
  },
  {
    check: 'capabilities_restricted',
    name: 'drop all in lower case',
    tweak: (pod) => void (sc(firstInit(pod)).capabilities = { drop: ['all'] }),
    rejected: restrictedOnly((minor) => minor >= 22),
    controls: ['capabilities_restricted'],
  },
  {
    check: 'capabilities_restricted',
    name: 'add CHOWN',
    tweak: (pod) => void (sc(first(pod)).capabilities = { drop: ['ALL'], add: ['CHOWN'] }),
    rejected: restrictedOnly((minor) => minor >= 22),
    controls: ['capabilities_restricted'],
  },
  {
    check: 'capabilities_restricted',
    name: 'Windows pod without capabilities',
    tweak: (pod) => {
      windows(pod);
      for (const container of allContainers(pod)) delete sc(container).capabilities;
    },
    rejected: restrictedOnly((minor) => minor >= 22 && minor < 25),
    controls: ['capabilities_restricted'],
  },

  // procMount_restricted (1.35+): no user-namespace relaxation at the restricted level
  {
    check: 'procMount_restricted',
    name: 'ephemeral container unmasks /proc in a user namespace pod',
    tweak: (pod) => {
      pod.spec['hostUsers'] = false;
      addEphemeral(pod, (c) => void (sc(c).procMount = 'Unmasked'));
    },
    rejected: (level, minor) => level === 'restricted' || minor < 35,
    controls: ['procMount', 'procMount_restricted'],
  },
  {
    check: 'procMount_restricted',
    name: 'hostUsers false alone',
    tweak: (pod) => void (pod.spec['hostUsers'] = false),
    rejected: never,
    controls: [],
  },
  { check: 'procMount_restricted', name: 'Windows pod', tweak: windows, rejected: never, controls: [] },
];
