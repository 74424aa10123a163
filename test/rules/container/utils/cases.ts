/*
 * Inputs for container rule tests: `docker run` scripts, and Engine API inspect answers written by hand in the
 * shape dockerd (API 1.41+) returns, starting from a hardened container that no container rule reports.
 */

/** The options that keep every container rule quiet on a run line. */
export const hardenedOptions =
  '--read-only --memory 512m --cpus 1 --pids-limit 100 --security-opt no-new-privileges';

/** A shell script of the given lines. */
export function script(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** A hardened `docker run` line with extra options before the image. */
export function hardenedRun(extra = '', image = 'nginx:1.25'): string {
  return ['docker run --name web', hardenedOptions, extra, image].filter((part) => part !== '').join(' ');
}

type Json = Record<string, unknown>;

function hardenedInspect(): Json {
  return {
    Id: '4f1c0a8b2d9e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a',
    Created: '2026-01-05T09:30:00.000000000Z',
    Path: '/docker-entrypoint.sh',
    Args: ['nginx', '-g', 'daemon off;'],
    State: {
      Status: 'running',
      Running: true,
      Paused: false,
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      Pid: 4242,
      ExitCode: 0,
      Error: '',
      StartedAt: '2026-01-05T09:30:01.000000000Z',
      FinishedAt: '0001-01-01T00:00:00Z',
      Health: { Status: 'healthy', FailingStreak: 0, Log: [] },
    },
    Image: 'sha256:9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b',
    Name: '/web',
    RestartCount: 0,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: 'docker-default',
    HostConfig: {
      Binds: null,
      NetworkMode: 'web-net',
      PortBindings: { '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '8080' }] },
      RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 5 },
      AutoRemove: false,
      CapAdd: null,
      CapDrop: ['ALL'],
      CgroupnsMode: 'private',
      IpcMode: 'private',
      PidMode: '',
      Privileged: false,
      PublishAllPorts: false,
      ReadonlyRootfs: true,
      SecurityOpt: ['no-new-privileges'],
      Tmpfs: { '/tmp': 'rw,noexec,nosuid' },
      UTSMode: '',
      UsernsMode: '',
      ShmSize: 67108864,
      Runtime: 'runc',
      CpuShares: 512,
      Memory: 536870912,
      NanoCpus: 0,
      CpuQuota: 0,
      Devices: [],
      MemorySwap: 536870912,
      PidsLimit: 100,
      Ulimits: null,
    },
    Mounts: [],
    Config: {
      Hostname: '4f1c0a8b2d9e',
      User: '101',
      ExposedPorts: { '80/tcp': {} },
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Cmd: ['nginx', '-g', 'daemon off;'],
      Healthcheck: { Test: ['CMD-SHELL', 'curl -fs http://localhost/ || exit 1'], Interval: 30000000000 },
      Image: 'nginx:1.25',
      Labels: {},
    },
    NetworkSettings: {
      Ports: { '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '8080' }] },
      Networks: { 'web-net': { NetworkID: '1c2d3e4f', IPAddress: '172.20.0.2' } },
    },
  };
}

export interface InspectPatch {
  HostConfig?: Json;
  Config?: Json;
  State?: Json;
  NetworkSettings?: Json;
  top?: Json;
}

/** An inspect answer (as JSON text) of the hardened container with some fields changed. */
export function inspect(patch: InspectPatch = {}): string {
  const base = hardenedInspect();
  for (const key of ['HostConfig', 'Config', 'State', 'NetworkSettings'] as const) {
    const change = patch[key];
    // Every patched key holds an object in the hardened answer above.
    if (change !== undefined) base[key] = { ...(base[key] as Json), ...change };
  }
  return JSON.stringify({ ...base, ...patch.top }, null, 2);
}
