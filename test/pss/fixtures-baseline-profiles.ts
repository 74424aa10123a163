// Pass and fail tweaks for the baseline checks on security profiles and kernel settings (AppArmor, SELinux, /proc,
// seccomp, sysctls), with PSA's verdict per level and version. They also run at the restricted level, as in PSA.
import type { Fixture } from './pss-pods.js';
import { always, annotate, first, firstInit, fromVersion, never, podSc, sc } from './pss-pods.js';

const sysctlSince: readonly [string, number][] = [
  ['kernel.shm_rmid_forced', 0],
  ['net.ipv4.ip_local_port_range', 0],
  ['net.ipv4.tcp_syncookies', 0],
  ['net.ipv4.ping_group_range', 0],
  ['net.ipv4.ip_unprivileged_port_start', 0],
  ['net.ipv4.ip_local_reserved_ports', 27],
  ['net.ipv4.tcp_keepalive_time', 29],
  ['net.ipv4.tcp_fin_timeout', 29],
  ['net.ipv4.tcp_keepalive_intvl', 29],
  ['net.ipv4.tcp_keepalive_probes', 29],
  ['net.ipv4.tcp_rmem', 32],
  ['net.ipv4.tcp_wmem', 32],
  ['net.ipv4.tcp_slow_start_after_idle', 37],
  ['net.ipv4.tcp_notsent_lowat', 37],
];

export const baselineProfileFixtures: readonly Fixture[] = [
  // appArmorProfile (annotation and field, every version)
  {
    check: 'appArmorProfile',
    name: 'allowed AppArmor annotations',
    tweak: (pod) => {
      annotate(pod, 'container.apparmor.security.beta.kubernetes.io/container1', 'runtime/default');
      annotate(pod, 'container.apparmor.security.beta.kubernetes.io/initcontainer1', 'localhost/custom');
    },
    rejected: never,
    controls: [],
  },
  {
    check: 'appArmorProfile',
    name: 'allowed AppArmor fields',
    tweak: (pod) => {
      podSc(pod).appArmorProfile = { type: 'RuntimeDefault' };
      sc(first(pod)).appArmorProfile = { type: 'Localhost', localhostProfile: 'p' };
    },
    rejected: never,
    controls: [],
  },
  {
    check: 'appArmorProfile',
    name: 'unconfined AppArmor annotation',
    tweak: (pod) => annotate(pod, 'container.apparmor.security.beta.kubernetes.io/container1', 'unconfined'),
    rejected: always,
    controls: ['appArmorProfile'],
  },
  {
    check: 'appArmorProfile',
    name: 'Unconfined AppArmor pod field',
    tweak: (pod) => void (podSc(pod).appArmorProfile = { type: 'Unconfined' }),
    rejected: always,
    controls: ['appArmorProfile'],
  },
  {
    check: 'appArmorProfile',
    name: 'Unconfined AppArmor container field',
    tweak: (pod) => void (sc(firstInit(pod)).appArmorProfile = { type: 'Unconfined' }),
    rejected: always,
    controls: ['appArmorProfile'],
  },

  // seLinuxOptions
  {
    check: 'seLinuxOptions',
    name: 'allowed SELinux options',
    tweak: (pod) => {
      podSc(pod).seLinuxOptions = { type: 'container_t', level: 's0:c1,c2' };
      sc(first(pod)).seLinuxOptions = { type: 'container_kvm_t' };
    },
    rejected: never,
    controls: [],
  },
  {
    check: 'seLinuxOptions',
    name: 'SELinux type spc_t',
    tweak: (pod) => void (sc(first(pod)).seLinuxOptions = { type: 'spc_t' }),
    rejected: always,
    controls: ['seLinuxOptions'],
  },
  {
    check: 'seLinuxOptions',
    name: 'SELinux user',
    tweak: (pod) => void (podSc(pod).seLinuxOptions = { user: 'system_u' }),
    rejected: always,
    controls: ['seLinuxOptions'],
  },
  {
    check: 'seLinuxOptions',
    name: 'SELinux role',
    tweak: (pod) => void (sc(firstInit(pod)).seLinuxOptions = { role: 'system_r' }),
    rejected: always,
    controls: ['seLinuxOptions'],
  },
  {
    check: 'seLinuxOptions',
    name: 'SELinux container_engine_t',
    tweak: (pod) => void (sc(first(pod)).seLinuxOptions = { type: 'container_engine_t' }),
    rejected: (_level, minor) => minor < 31,
    controls: ['seLinuxOptions'],
  },

  // procMount (baseline relaxes user-namespace pods from 1.35; restricted keeps the strict form)
  {
    check: 'procMount',
    name: 'procMount Default',
    tweak: (pod) => void (sc(first(pod)).procMount = 'Default'),
    rejected: never,
    controls: [],
  },
  {
    check: 'procMount',
    name: 'procMount Unmasked',
    tweak: (pod) => void (sc(first(pod)).procMount = 'Unmasked'),
    rejected: always,
    controls: ['procMount', 'procMount_restricted'],
  },
  {
    check: 'procMount',
    name: 'procMount Unmasked in a user namespace pod',
    tweak: (pod) => {
      pod.spec['hostUsers'] = false;
      sc(firstInit(pod)).procMount = 'Unmasked';
    },
    rejected: (level, minor) => level === 'restricted' || minor < 35,
    controls: ['procMount', 'procMount_restricted'],
  },

  // seccompProfile_baseline (annotations before 1.19, fields from 1.19)
  {
    check: 'seccompProfile_baseline',
    name: 'allowed seccomp annotations',
    tweak: (pod) => {
      annotate(pod, 'seccomp.security.alpha.kubernetes.io/pod', 'runtime/default');
      annotate(pod, 'container.seccomp.security.alpha.kubernetes.io/container1', 'docker/default');
      annotate(pod, 'container.seccomp.security.alpha.kubernetes.io/initcontainer1', 'localhost/p.json');
    },
    rejected: never,
    controls: [],
  },
  {
    check: 'seccompProfile_baseline',
    name: 'Localhost seccomp field',
    tweak: (pod) => void (sc(first(pod)).seccompProfile = { type: 'Localhost', localhostProfile: 'p.json' }),
    rejected: never,
    controls: [],
  },
  {
    check: 'seccompProfile_baseline',
    name: 'unconfined pod seccomp annotation',
    tweak: (pod) => annotate(pod, 'seccomp.security.alpha.kubernetes.io/pod', 'unconfined'),
    rejected: (_level, minor) => minor < 19,
    controls: ['seccompProfile_baseline'],
  },
  {
    check: 'seccompProfile_baseline',
    name: 'unconfined container seccomp annotation',
    tweak: (pod) =>
      annotate(pod, 'container.seccomp.security.alpha.kubernetes.io/initcontainer1', 'unconfined'),
    rejected: (_level, minor) => minor < 19,
    controls: ['seccompProfile_baseline'],
  },
  {
    check: 'seccompProfile_baseline',
    name: 'Unconfined pod seccomp field',
    tweak: (pod) => void (podSc(pod).seccompProfile = { type: 'Unconfined' }),
    rejected: fromVersion(19),
    controls: ['seccompProfile_baseline', 'seccompProfile_restricted'],
  },
  {
    check: 'seccompProfile_baseline',
    name: 'Unconfined container seccomp field',
    tweak: (pod) => void (sc(first(pod)).seccompProfile = { type: 'Unconfined' }),
    rejected: fromVersion(19),
    controls: ['seccompProfile_baseline', 'seccompProfile_restricted'],
  },

  // sysctls
  {
    check: 'sysctls',
    name: 'unsafe sysctl',
    tweak: (pod) => void (podSc(pod).sysctls = [{ name: 'kernel.msgmax', value: '1' }]),
    rejected: always,
    controls: ['sysctls'],
  },
  ...sysctlSince.map(([name, since]): Fixture => ({
    check: 'sysctls',
    name: `sysctl ${name}`,
    tweak: (pod) => void (podSc(pod).sysctls = [{ name, value: '1' }]),
    rejected: (_level, minor) => minor < since,
    controls: ['sysctls'],
  })),
];
