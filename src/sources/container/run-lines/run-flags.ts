/*
 * The options of `docker run` / `docker create` (and the Podman ones that take a value), so that a value is never
 * mistaken for the image. Only some of them matter to the isolation rules; the rest are read and passed over.
 */

/** Options that take no value (or an `=true|false` one). */
const booleanFlags = [
  'detach',
  'disable-content-trust',
  'help',
  'init',
  'interactive',
  'no-healthcheck',
  'oom-kill-disable',
  'privileged',
  'publish-all',
  'quiet',
  'read-only',
  'replace',
  'rm',
  'sig-proxy',
  'tty',
] as const;

/** Options that take a value, as the next word or after `=`. */
const valueFlags = [
  'add-host',
  'annotation',
  'arch',
  'attach',
  'blkio-weight',
  'blkio-weight-device',
  'cap-add',
  'cap-drop',
  'cgroup-conf',
  'cgroup-parent',
  'cgroupns',
  'cgroups',
  'chrootdirs',
  'cidfile',
  'conmon-pidfile',
  'cpu-count',
  'cpu-percent',
  'cpu-period',
  'cpu-quota',
  'cpu-rt-period',
  'cpu-rt-runtime',
  'cpu-shares',
  'cpus',
  'cpuset-cpus',
  'cpuset-mems',
  'detach-keys',
  'device',
  'device-cgroup-rule',
  'device-read-bps',
  'device-read-iops',
  'device-write-bps',
  'device-write-iops',
  'dns',
  'dns-option',
  'dns-search',
  'domainname',
  'entrypoint',
  'env',
  'env-file',
  'expose',
  'gidmap',
  'gpus',
  'group-add',
  'health-cmd',
  'health-interval',
  'health-retries',
  'health-start-interval',
  'health-start-period',
  'health-timeout',
  'hostname',
  'image-volume',
  'ip',
  'ip6',
  'ipc',
  'isolation',
  'kernel-memory',
  'label',
  'label-file',
  'link',
  'link-local-ip',
  'log-driver',
  'log-opt',
  'mac-address',
  'memory',
  'memory-reservation',
  'memory-swap',
  'memory-swappiness',
  'mount',
  'name',
  'network',
  'network-alias',
  'oom-score-adj',
  'os',
  'pid',
  'pidfile',
  'pids-limit',
  'platform',
  'pod',
  'publish',
  'pull',
  'restart',
  'runtime',
  'secret',
  'security-opt',
  'shm-size',
  'stop-signal',
  'stop-timeout',
  'storage-opt',
  'subgidname',
  'subuidname',
  'sysctl',
  'systemd',
  'tmpfs',
  'tz',
  'uidmap',
  'ulimit',
  'umask',
  'user',
  'userns',
  'uts',
  'variant',
  'volume',
  'volume-driver',
  'volumes-from',
  'workdir',
] as const;

export type RunFlag = (typeof booleanFlags)[number] | (typeof valueFlags)[number];

const aliases: Readonly<Record<string, RunFlag>> = {
  net: 'network',
  'net-alias': 'network-alias',
};

const shortFlags: Readonly<Record<string, RunFlag>> = {
  a: 'attach',
  c: 'cpu-shares',
  d: 'detach',
  e: 'env',
  h: 'hostname',
  i: 'interactive',
  l: 'label',
  m: 'memory',
  p: 'publish',
  P: 'publish-all',
  q: 'quiet',
  t: 'tty',
  u: 'user',
  v: 'volume',
  w: 'workdir',
};

const booleanSet: ReadonlySet<string> = new Set(booleanFlags);
const valueSet: ReadonlySet<string> = new Set(valueFlags);

export interface FlagSpec {
  name: RunFlag;
  takesValue: boolean;
}

function isRunFlag(name: string): name is RunFlag {
  return booleanSet.has(name) || valueSet.has(name);
}

function specOf(name: string): FlagSpec | undefined {
  return isRunFlag(name) ? { name, takesValue: !booleanSet.has(name) } : undefined;
}

/** A long option's spec by its name without dashes (`privileged`, `net`); undefined when unknown. */
export function longFlag(name: string): FlagSpec | undefined {
  return specOf(aliases[name] ?? name);
}

/** A one-letter option's spec (`v`, `P`); undefined when unknown. */
export function shortFlag(letter: string): FlagSpec | undefined {
  const name = shortFlags[letter];
  return name === undefined ? undefined : specOf(name);
}

/** Options of the `docker` / `podman` command itself that take a value (`docker -H tcp://… run`). */
export const globalValueFlags: ReadonlySet<string> = new Set([
  '-H',
  '--host',
  '-c',
  '--context',
  '--config',
  '-l',
  '--log-level',
  '--tlscacert',
  '--tlscert',
  '--tlskey',
  '--connection',
  '--url',
  '--identity',
  '--root',
  '--runroot',
  '--storage-driver',
  '--cgroup-manager',
]);
