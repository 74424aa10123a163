/**
 * How a dockerd flag takes its value and which daemon.json key it fills:
 * `bool` (`--icc`, `--icc=false`), `string`, `int`, `list` (repeatable, appends), `map` (`key=value`, repeatable),
 * `map-map` (`driver=key=value`), `ulimit` (`nofile=1024:2048`), `runtime` (`name=path`),
 * `pool` (`base=10.0.0.0/8,size=24`).
 */
export type FlagKind = 'bool' | 'string' | 'int' | 'list' | 'map' | 'map-map' | 'ulimit' | 'runtime' | 'pool';

export interface DockerdFlag {
  kind: FlagKind;
  /** The daemon.json key the flag sets; absent for flags with no file equivalent (`--config-file`). */
  key?: string;
  short?: string;
  /** Other daemon.json keys dockerd refuses next to this flag (a key the flag's setting was renamed from). */
  alsoConflictsWith?: readonly string[];
}

const same = (kind: FlagKind, short?: string): DockerdFlag =>
  short === undefined ? { kind } : { kind, short };

/** dockerd's flags on Linux, by long name; a flag whose daemon.json key is its own name has no `key`. */
const flagTable: Readonly<Record<string, DockerdFlag & { noKey?: true }>> = {
  'add-runtime': { kind: 'runtime', key: 'runtimes' },
  'allow-direct-routing': same('bool'),
  'allow-nondistributable-artifacts': same('list'),
  'api-cors-header': same('string'),
  'authorization-plugin': { kind: 'list', key: 'authorization-plugins' },
  bip: same('string'),
  bip6: same('string'),
  bridge: same('string', 'b'),
  'bridge-accept-fwmark': same('string'),
  'cdi-spec-dir': { kind: 'list', key: 'cdi-spec-dirs' },
  'cgroup-parent': same('string'),
  'config-file': { kind: 'string', noKey: true },
  containerd: same('string'),
  'containerd-namespace': same('string'),
  'containerd-plugins-namespace': same('string'),
  'cpu-rt-period': same('int'),
  'cpu-rt-runtime': same('int'),
  'cri-containerd': same('bool'),
  'data-root': same('string'),
  debug: same('bool', 'D'),
  'default-address-pool': { kind: 'pool', key: 'default-address-pools' },
  'default-cgroupns-mode': same('string'),
  'default-gateway': same('string'),
  'default-gateway-v6': same('string'),
  'default-ipc-mode': same('string'),
  'default-network-opt': { kind: 'map-map', key: 'default-network-opts' },
  'default-runtime': same('string'),
  'default-shm-size': same('string'),
  'default-ulimit': { kind: 'ulimit', key: 'default-ulimits' },
  dns: same('list'),
  'dns-opt': { kind: 'list', key: 'dns-opts' },
  'dns-search': same('list'),
  'exec-opt': { kind: 'list', key: 'exec-opts' },
  'exec-root': same('string'),
  experimental: same('bool'),
  feature: { kind: 'map', key: 'features' },
  'firewall-backend': same('string'),
  'fixed-cidr': same('string'),
  'fixed-cidr-v6': same('string'),
  group: same('string', 'G'),
  help: { kind: 'bool', short: 'h', noKey: true },
  host: { kind: 'list', key: 'hosts', short: 'H' },
  'host-gateway-ip': { kind: 'list', key: 'host-gateway-ips', alsoConflictsWith: ['host-gateway-ip'] },
  'http-proxy': same('string'),
  'https-proxy': same('string'),
  icc: same('bool'),
  init: same('bool'),
  'init-path': same('string'),
  'insecure-registry': { kind: 'list', key: 'insecure-registries' },
  ip: same('string'),
  'ip-forward': same('bool'),
  'ip-forward-no-drop': same('bool'),
  'ip-masq': same('bool'),
  ip6tables: same('bool'),
  iptables: same('bool'),
  ipv6: same('bool'),
  label: { kind: 'list', key: 'labels' },
  'live-restore': same('bool'),
  'log-driver': same('string'),
  'log-format': same('string'),
  'log-level': same('string', 'l'),
  'log-opt': { kind: 'map', key: 'log-opts' },
  'max-concurrent-downloads': same('int'),
  'max-concurrent-uploads': same('int'),
  'max-download-attempts': same('int'),
  'metrics-addr': same('string'),
  mtu: same('int'),
  'network-control-plane-mtu': same('int'),
  'network-diagnostic-port': same('int'),
  'no-new-privileges': same('bool'),
  'no-proxy': same('string'),
  'node-generic-resource': { kind: 'list', key: 'node-generic-resources' },
  pidfile: same('string', 'p'),
  'raw-logs': same('bool'),
  'registry-mirror': { kind: 'list', key: 'registry-mirrors' },
  // Deprecated and ignored; its daemon.json key is not read.
  restart: { kind: 'bool', short: 'r', noKey: true },
  rootless: same('bool'),
  'seccomp-profile': same('string'),
  'selinux-enabled': same('bool'),
  'shutdown-timeout': same('int'),
  'storage-driver': same('string', 's'),
  'storage-opt': { kind: 'list', key: 'storage-opts' },
  'swarm-default-advertise-addr': same('string'),
  tls: same('bool'),
  tlscacert: same('string'),
  tlscert: same('string'),
  tlskey: same('string'),
  tlsverify: same('bool'),
  'userland-proxy': same('bool'),
  'userland-proxy-path': same('string'),
  'userns-remap': same('string'),
  validate: { kind: 'bool', noKey: true },
  version: { kind: 'bool', short: 'v', noKey: true },
};

export interface ResolvedFlag extends DockerdFlag {
  name: string;
}

function resolve(name: string, spec: DockerdFlag & { noKey?: true }): ResolvedFlag {
  const { noKey, ...rest } = spec;
  return noKey === true ? { name, ...rest } : { name, ...rest, key: spec.key ?? name };
}

const byShort = new Map<string, ResolvedFlag>();
for (const [name, spec] of Object.entries(flagTable))
  if (spec.short !== undefined) byShort.set(spec.short, resolve(name, spec));

export function flagByName(name: string): ResolvedFlag | undefined {
  const spec = Object.hasOwn(flagTable, name) ? flagTable[name] : undefined;
  return spec === undefined ? undefined : resolve(name, spec);
}

export function flagByShorthand(letter: string): ResolvedFlag | undefined {
  return byShort.get(letter);
}

/** Where dockerd reads daemon.json from when `--config-file` is not given (Linux, not rootless). */
export const defaultDaemonJsonPath = '/etc/docker/daemon.json';
