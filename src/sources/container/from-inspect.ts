import type { FieldPath, Location } from '../../core/index.js';
import { formatPath } from '../../core/index.js';
import type { ContainerSettings } from './build-view.js';
import { assembleView, emptySettings, pathKey } from './build-view.js';
import type { ContainerInspect, InspectHostConfig, InspectPortMap } from './inspect-schema.js';
import { containerInspect } from './inspect-schema.js';
import { parsePortSpec, parseSecurityOption } from './setting-values.js';
import type { ContainerMount, DockerContainerView, MountType, PublishedPort, Setting } from './view.js';

/** The report file of a running container: one name space apart from image references (`docker:NAME`). */
export function containerFileName(name: string): string {
  return `docker:container/${name}`;
}

interface Reader {
  file: string;
  settings: ContainerSettings;
}

function setting<T>(reader: Reader, path: FieldPath, value: T): Setting<T> {
  return {
    value,
    raw: JSON.stringify(value) ?? '',
    path,
    location: { file: reader.file, path: formatPath(path) },
  };
}

type ScalarKey = {
  [K in keyof InspectHostConfig]-?: NonNullable<InspectHostConfig[K]> extends string | number | boolean
    ? K
    : never;
}[keyof InspectHostConfig];

/** A HostConfig scalar, when the engine sent it. */
function hostValue<K extends ScalarKey>(
  reader: Reader,
  host: InspectHostConfig,
  key: K,
): Setting<NonNullable<InspectHostConfig[K]>> | undefined {
  const value = host[key];
  return value === undefined || value === null ? undefined : setting(reader, ['HostConfig', key], value);
}

function mountTypeOf(type: string | null | undefined): MountType {
  return type === 'bind' || type === 'volume' || type === 'tmpfs' || type === 'npipe' ? type : 'other';
}

function readMounts(reader: Reader, inspect: ContainerInspect): void {
  // dockerd lists mounts from a map, in an order that changes between inspections; sorted by destination, a
  // finding's path and fingerprint stay the same from run to run (the index is into that sorted list).
  const mounts = [...(inspect.Mounts ?? [])].sort((a, b) =>
    a.Destination < b.Destination ? -1 : a.Destination > b.Destination ? 1 : 0,
  );
  for (const [index, mount] of mounts.entries()) {
    const source = mount.Type === 'volume' ? (mount.Name ?? mount.Source) : mount.Source;
    const value: ContainerMount = {
      type: mountTypeOf(mount.Type),
      ...(source ? { source } : {}),
      target: mount.Destination,
      readOnly: mount.RW === false,
      ...(mount.Propagation ? { propagation: mount.Propagation } : {}),
    };
    reader.settings.mounts.push(setting(reader, ['Mounts', index], value));
  }
  for (const [target, options] of Object.entries(inspect.HostConfig.Tmpfs ?? {}).sort()) {
    const value: ContainerMount = { type: 'tmpfs', target, readOnly: options.split(',').includes('ro') };
    reader.settings.mounts.push(setting(reader, ['HostConfig', 'Tmpfs', target], value));
  }
}

/** The ports the engine bound (running containers), else the ones configured (created containers). */
function readPorts(reader: Reader, inspect: ContainerInspect): void {
  const live = inspect.NetworkSettings?.Ports;
  const useLive =
    live !== undefined && live !== null && Object.values(live).some((list) => (list ?? []).length > 0);
  const map: InspectPortMap = (useLive ? live : inspect.HostConfig.PortBindings) ?? {};
  const prefix = useLive ? ['NetworkSettings', 'Ports'] : ['HostConfig', 'PortBindings'];
  for (const key of Object.keys(map).sort()) {
    const container = parsePortSpec(key);
    if (container === undefined) continue;
    for (const [index, binding] of (map[key] ?? []).entries()) {
      const hostPort = binding.HostPort ? Number(binding.HostPort) : undefined;
      const value: PublishedPort = {
        containerPort: container.containerPort,
        protocol: container.protocol,
        ...(binding.HostIp ? { hostIp: binding.HostIp } : {}),
        ...(hostPort !== undefined && Number.isInteger(hostPort) ? { hostPort } : {}),
      };
      reader.settings.ports.push(setting(reader, [...prefix, key, index], value));
    }
  }
}

function readLists(reader: Reader, host: InspectHostConfig): void {
  const { settings } = reader;
  for (const [index, name] of (host.CapAdd ?? []).entries())
    settings.capAdd.push(setting(reader, ['HostConfig', 'CapAdd', index], name));
  for (const [index, name] of (host.CapDrop ?? []).entries())
    settings.capDrop.push(setting(reader, ['HostConfig', 'CapDrop', index], name));
  for (const [index, device] of (host.Devices ?? []).entries()) {
    const value = {
      hostPath: device.PathOnHost,
      containerPath: device.PathInContainer || device.PathOnHost,
      permissions: device.CgroupPermissions || 'rwm',
    };
    settings.devices.push(setting(reader, ['HostConfig', 'Devices', index], value));
  }
  for (const [index, text] of (host.SecurityOpt ?? []).entries())
    settings.securityOptions.push({
      ...setting(reader, ['HostConfig', 'SecurityOpt', index], parseSecurityOption(text)),
      raw: text,
    });
  for (const [index, ulimit] of (host.Ulimits ?? []).entries())
    settings.ulimits.push(
      setting(reader, ['HostConfig', 'Ulimits', index], {
        name: ulimit.Name,
        soft: ulimit.Soft,
        hard: ulimit.Hard,
      }),
    );
  for (const [name, value] of Object.entries(host.Sysctls ?? {}).sort())
    settings.sysctls.push(setting(reader, ['HostConfig', 'Sysctls', name], { name, value }));
}

function readScalars(reader: Reader, host: InspectHostConfig): void {
  const { settings } = reader;
  const assign = <K extends keyof ContainerSettings>(key: K, value: ContainerSettings[K]): void => {
    if (value !== undefined) settings[key] = value;
  };
  assign('privileged', hostValue(reader, host, 'Privileged'));
  assign('networkMode', hostValue(reader, host, 'NetworkMode'));
  assign('pidMode', hostValue(reader, host, 'PidMode'));
  assign('ipcMode', hostValue(reader, host, 'IpcMode'));
  assign('utsMode', hostValue(reader, host, 'UTSMode'));
  assign('usernsMode', hostValue(reader, host, 'UsernsMode'));
  assign('cgroupnsMode', hostValue(reader, host, 'CgroupnsMode'));
  assign('memory', hostValue(reader, host, 'Memory'));
  assign('memorySwap', hostValue(reader, host, 'MemorySwap'));
  assign('cpuShares', hostValue(reader, host, 'CpuShares'));
  assign('cpuQuota', hostValue(reader, host, 'CpuQuota'));
  assign('nanoCpus', hostValue(reader, host, 'NanoCpus'));
  assign('readOnlyRootfs', hostValue(reader, host, 'ReadonlyRootfs'));
  assign('publishAll', hostValue(reader, host, 'PublishAllPorts'));
  // A null PidsLimit is the engine's "no limit".
  settings.pidsLimit = setting(reader, ['HostConfig', 'PidsLimit'], host.PidsLimit ?? 0);
  const restart = host.RestartPolicy;
  if (restart?.Name !== undefined && restart.Name !== null) {
    const name = restart.Name === '' ? 'no' : restart.Name;
    settings.restartPolicy = setting(reader, ['HostConfig', 'RestartPolicy'], {
      name,
      ...(restart.MaximumRetryCount === undefined || restart.MaximumRetryCount === null
        ? {}
        : { maximumRetryCount: restart.MaximumRetryCount }),
    });
  }
}

function readConfig(reader: Reader, inspect: ContainerInspect): void {
  const { settings } = reader;
  const config = inspect.Config;
  const image = config?.Image ?? inspect.Image;
  if (image) settings.image = setting(reader, config?.Image ? ['Config', 'Image'] : ['Image'], image);
  settings.user = setting(reader, ['Config', 'User'], config?.User ?? '');
  const test = config?.Healthcheck?.Test ?? [];
  if (test.length > 0) {
    const disabled = test[0] === 'NONE';
    settings.healthcheck = setting(reader, ['Config', 'Healthcheck', 'Test'], {
      disabled,
      ...(disabled ? {} : { test: test.slice(1).join(' ') }),
    });
  }
}

export interface InspectResult {
  view?: DockerContainerView;
  /** Why the answer could not be read, with the failing field path. */
  errors: string[];
}

/** The isolation view of one container from its Engine API inspect answer; a malformed answer gives errors. */
export function containerViewFromInspect(inspect: unknown): InspectResult {
  const parsed = containerInspect.safeParse(inspect);
  if (!parsed.success)
    return {
      errors: parsed.error.issues.map(
        (issue) =>
          `container inspect: ${formatPath(issue.path.filter((s) => typeof s !== 'symbol'))}: ${issue.message}`,
      ),
    };
  const data = parsed.data;
  const name = data.Name.replace(/^\//, '') || data.Id.slice(0, 12);
  const file = containerFileName(name);
  const reader: Reader = { file, settings: emptySettings() };
  readScalars(reader, data.HostConfig);
  readLists(reader, data.HostConfig);
  readMounts(reader, data);
  readPorts(reader, data);
  readConfig(reader, data);
  const location: Location = { file };
  const stateLocation = (path: FieldPath): [string, Location] => [
    pathKey(path),
    { file, path: formatPath(path) },
  ];
  return {
    view: assembleView(
      {
        resource: { kind: 'Container', name, source: location, doc: data },
        origin: { kind: 'engine', id: data.Id },
        name,
        opaque: false,
        location,
        state: {
          status: data.State?.Status ?? 'unknown',
          running: data.State?.Running === true,
          ...(data.State?.Health ? { health: data.State.Health.Status } : {}),
          ...(data.AppArmorProfile === undefined || data.AppArmorProfile === null
            ? {}
            : { appArmorProfile: data.AppArmorProfile }),
          ...(data.ProcessLabel === undefined || data.ProcessLabel === null
            ? {}
            : { processLabel: data.ProcessLabel }),
          networks: Object.keys(data.NetworkSettings?.Networks ?? {}).sort(),
        },
        extraLocations: new Map([
          stateLocation(['State', 'Health', 'Status']),
          stateLocation(['AppArmorProfile']),
          stateLocation(['ProcessLabel']),
          stateLocation(['NetworkSettings', 'Networks']),
        ]),
      },
      reader.settings,
    ),
    errors: [],
  };
}
