import { z } from 'zod';

// dockerd decodes daemon.json with Go's encoding/json into typed fields: a bool field refuses a string, an int
// field refuses a fraction, a list of strings refuses numbers. Each key gets the type its Go field has.
const text = z.string();
const flag = z.boolean();
const integer = z.number().int();
const texts = z.array(z.string());
const textMap = z.record(z.string(), z.string());
// Go matches struct fields case-insensitively (`Name`, `name`), so the ulimit fields are not pinned by case.
const ulimit = z.record(z.string(), z.union([z.string(), z.number().int()]));
// opts.MemBytes accepts a size with a unit (`64M`) or a plain number of bytes.
const byteSize = z.union([z.string(), z.number().int().nonnegative()]);

const runtime = z.looseObject({
  path: z.string().optional(),
  runtimeArgs: z.array(z.string()).optional(),
  runtimeType: z.string().optional(),
  options: z.record(z.string(), z.unknown()).optional(),
});

const addressPool = z.looseObject({ base: z.string(), size: integer });

/**
 * Every daemon.json key dockerd (Linux) accepts, by the type of its value. A key outside this list makes dockerd
 * refuse to start ("the following directives don't match any configuration option").
 */
export const daemonJsonKeys = {
  'allow-direct-routing': flag,
  'allow-nondistributable-artifacts': texts,
  'api-cors-header': text,
  'authorization-plugins': texts,
  bip: text,
  bip6: text,
  bridge: text,
  'bridge-accept-fwmark': text,
  builder: z.record(z.string(), z.unknown()),
  'cdi-spec-dirs': texts,
  'cgroup-parent': text,
  containerd: text,
  'containerd-namespace': text,
  'containerd-plugins-namespace': text,
  'cpu-rt-period': integer,
  'cpu-rt-runtime': integer,
  'cri-containerd': flag,
  'data-root': text,
  debug: flag,
  'default-address-pools': z.array(addressPool),
  'default-cgroupns-mode': z.enum(['host', 'private']),
  'default-gateway': text,
  'default-gateway-v6': text,
  'default-ipc-mode': z.enum(['shareable', 'private']),
  'default-network-opts': z.record(z.string(), textMap),
  'default-runtime': text,
  'default-shm-size': byteSize,
  'default-ulimits': z.record(z.string(), ulimit),
  // Deprecated; dockerd ignores it without complaint.
  'deprecated-key-path': text,
  dns: texts,
  'dns-opts': texts,
  'dns-search': texts,
  'exec-opts': texts,
  'exec-root': text,
  experimental: flag,
  features: z.record(z.string(), z.boolean()),
  'firewall-backend': z.enum(['', 'iptables', 'nftables']),
  'fixed-cidr': text,
  'fixed-cidr-v6': text,
  group: text,
  'host-gateway-ip': text,
  'host-gateway-ips': texts,
  hosts: texts,
  'http-proxy': text,
  'https-proxy': text,
  icc: flag,
  init: flag,
  'init-path': text,
  'insecure-registries': texts,
  ip: text,
  'ip-forward': flag,
  'ip-forward-no-drop': flag,
  'ip-masq': flag,
  ip6tables: flag,
  iptables: flag,
  ipv6: flag,
  labels: texts,
  'live-restore': flag,
  'log-driver': text,
  'log-format': z.enum(['text', 'json']),
  // dockerd lower-cases the level before checking it.
  'log-level': z.string().regex(/^(?:panic|fatal|error|warn|info|debug|trace)$/i, 'invalid logging level'),
  'log-opts': textMap,
  'max-concurrent-downloads': integer.nonnegative(),
  'max-concurrent-uploads': integer.nonnegative(),
  'max-download-attempts': integer.nonnegative(),
  'metrics-addr': text,
  mtu: integer.nonnegative(),
  'network-control-plane-mtu': integer,
  'network-diagnostic-port': integer.min(0).max(65535),
  'no-new-privileges': flag,
  'no-proxy': text,
  'node-generic-resources': texts,
  pidfile: text,
  proxies: z.strictObject({ 'http-proxy': text, 'https-proxy': text, 'no-proxy': text }).partial(),
  'raw-logs': flag,
  'registry-mirrors': texts,
  rootless: flag,
  runtimes: z.record(z.string(), runtime),
  'seccomp-profile': text,
  'selinux-enabled': flag,
  'shutdown-timeout': integer,
  'storage-driver': text,
  'storage-opts': texts,
  'swarm-default-advertise-addr': text,
  tls: flag,
  tlscacert: text,
  tlscert: text,
  tlskey: text,
  tlsverify: flag,
  'userland-proxy': flag,
  'userland-proxy-path': text,
  'userns-remap': text,
} satisfies Record<string, z.ZodType>;

export type DaemonJsonKey = keyof typeof daemonJsonKeys;

/** A whole daemon.json as dockerd reads it; every key is optional. */
export const DaemonJson = z.strictObject(daemonJsonKeys).partial();
export type DaemonJson = z.infer<typeof DaemonJson>;

/** Keys older daemons read and current dockerd refuses, with what to do instead. */
export const removedDaemonJsonKeys: Readonly<Record<string, string>> = {
  'cluster-advertise': 'legacy overlay networks without swarm are gone; remove it',
  'cluster-store': 'legacy overlay networks without swarm are gone; remove it',
  'cluster-store-opts': 'legacy overlay networks without swarm are gone; remove it',
  'disable-legacy-registry': 'the v1 registry protocol is gone; remove it',
  graph: 'use "data-root"',
  'oom-score-adjust': 'set the OOM score on the dockerd service instead',
};

export function isDaemonJsonKey(key: string): key is DaemonJsonKey {
  return Object.hasOwn(daemonJsonKeys, key);
}
