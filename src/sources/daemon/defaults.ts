import type { PlainData } from '../../core/index.js';

/**
 * What dockerd (Linux, not rootless) uses for a setting that neither a flag nor daemon.json gives. Settings whose
 * default is chosen at start-up (the storage driver, the cgroup parent) are absent.
 */
export const dockerdDefaults: Readonly<Record<string, PlainData>> = {
  'authorization-plugins': [],
  debug: false,
  'default-ulimits': {},
  experimental: false,
  hosts: ['unix:///var/run/docker.sock'],
  icc: true,
  'insecure-registries': [],
  'ip-forward': true,
  'ip-masq': true,
  ip6tables: true,
  iptables: true,
  'live-restore': false,
  'log-driver': 'json-file',
  'log-level': 'info',
  'no-new-privileges': false,
  'seccomp-profile': 'builtin',
  'selinux-enabled': false,
  'storage-opts': [],
  tls: false,
  tlsverify: false,
  'userland-proxy': true,
  'userns-remap': '',
};
