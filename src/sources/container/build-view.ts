import type { FieldPath, Location, Resource } from '../../core/index.js';
import type { ContainerOrigin, DockerContainerView, Setting } from './view.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

/** The settings part of a view, filled in by one origin's reader. */
export type ContainerSettings = Mutable<
  Omit<DockerContainerView, 'resource' | 'origin' | 'name' | 'opaque' | 'location' | 'locate' | 'state'>
>;

export function emptySettings(): ContainerSettings {
  return {
    capAdd: [],
    capDrop: [],
    mounts: [],
    devices: [],
    securityOptions: [],
    ports: [],
    ulimits: [],
    sysctls: [],
  };
}

export function pathKey(path: FieldPath): string {
  return JSON.stringify(path);
}

const listKeys = [
  'capAdd',
  'capDrop',
  'mounts',
  'devices',
  'securityOptions',
  'ports',
  'ulimits',
  'sysctls',
] as const satisfies readonly (keyof ContainerSettings)[];

const singleKeys = [
  'image',
  'privileged',
  'networkMode',
  'pidMode',
  'ipcMode',
  'utsMode',
  'usernsMode',
  'cgroupnsMode',
  'memory',
  'memorySwap',
  'cpuShares',
  'cpuQuota',
  'nanoCpus',
  'pidsLimit',
  'restartPolicy',
  'readOnlyRootfs',
  'user',
  'publishAll',
  'healthcheck',
] as const satisfies readonly (keyof ContainerSettings)[];

function everySetting(settings: ContainerSettings): Setting<unknown>[] {
  const all: Setting<unknown>[] = [];
  for (const key of listKeys) all.push(...settings[key]);
  for (const key of singleKeys) {
    const setting = settings[key];
    if (setting !== undefined) all.push(setting);
  }
  return all;
}

export interface ViewFrame {
  resource: Resource;
  origin: ContainerOrigin;
  name: string;
  opaque: boolean;
  location: Location;
  state?: DockerContainerView['state'];
  /** Locations of paths that are not settings (an engine field read for `state`). */
  extraLocations?: ReadonlyMap<string, Location>;
}

/** Joins an origin's settings with its frame; `locate` finds any setting by its path. */
export function assembleView(frame: ViewFrame, settings: ContainerSettings): DockerContainerView {
  const locations = new Map<string, Location>(frame.extraLocations ?? []);
  for (const setting of everySetting(settings)) locations.set(pathKey(setting.path), setting.location);
  return {
    resource: frame.resource,
    origin: frame.origin,
    name: frame.name,
    opaque: frame.opaque,
    location: frame.location,
    ...(frame.state === undefined ? {} : { state: frame.state }),
    ...settings,
    locate(path) {
      return locations.get(pathKey(path)) ?? frame.location;
    },
  };
}
