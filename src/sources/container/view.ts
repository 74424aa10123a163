import type { FieldPath, Location, Resource } from '../../core/index.js';

/** Where a container came from: a running (or created) container, or a `docker run` line in a file. */
export type ContainerOrigin =
  { kind: 'engine'; id: string } | { kind: 'run-line'; file: string; line: number; command: string };

/**
 * One setting as the origin wrote it. `value` is undefined when a shell or make variable decides it: such a value
 * is never guessed, so no rule judges it. `path` is in the origin's own vocabulary (`HostConfig.Privileged` for
 * the engine, `--privileged` for a run line) and `location` says where it was written.
 */
export interface Setting<T> {
  value: T | undefined;
  /** The text as written (the flag's argument, or the inspect value as JSON). */
  raw: string;
  path: FieldPath;
  location: Location;
}

export type MountType = 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'other';

export interface ContainerMount {
  type: MountType;
  /** Host path for binds, volume name for named volumes; absent for anonymous volumes and tmpfs. */
  source?: string;
  target: string;
  readOnly: boolean;
  /** Bind propagation (`rshared`, `shared`, `slave`, …) when set. */
  propagation?: string;
}

export interface ContainerDevice {
  hostPath: string;
  containerPath: string;
  permissions: string;
}

export interface PublishedPort {
  /** Absent means every interface (0.0.0.0 and ::). */
  hostIp?: string;
  /** Absent or empty means a port the daemon picks. A range keeps its first port here and the text in `raw`. */
  hostPort?: number;
  containerPort: number;
  protocol: string;
}

export interface RestartPolicy {
  name: string;
  maximumRetryCount?: number;
}

export type SecurityOption =
  | { kind: 'no-new-privileges'; enabled: boolean }
  | { kind: 'seccomp'; profile: string }
  | { kind: 'apparmor'; profile: string }
  | { kind: 'label'; value: string }
  | { kind: 'other'; text: string };

export interface Ulimit {
  name: string;
  soft: number;
  hard: number;
}

export interface Sysctl {
  name: string;
  value: string;
}

export interface Healthcheck {
  /** `--no-healthcheck`, or an engine test of `["NONE"]`. */
  disabled: boolean;
  /** The command, when one was set here (an image's own HEALTHCHECK is not visible on a run line). */
  test?: string;
}

/** What the engine observed about a live container; absent for run lines. */
export interface ContainerState {
  status: string;
  running: boolean;
  /** `healthy`, `unhealthy`, `starting`, or absent without a health check. */
  health?: string;
  /** The AppArmor profile the engine applied (`docker-default`, `unconfined`, empty without AppArmor). */
  appArmorProfile?: string;
  /** The SELinux process label (empty without SELinux). */
  processLabel?: string;
  /** Networks the container is attached to, by name. */
  networks: readonly string[];
}

/**
 * One container's isolation settings in a shape common to the Engine API (`docker inspect`) and `docker run`
 * command lines, so the same rules judge both. An omitted setting is absent (or an empty list); engine values are
 * always present, with the engine's own "not set" values (0, empty string) kept as they are.
 */
export interface DockerContainerView {
  resource: Resource;
  origin: ContainerOrigin;
  name: string;
  image?: Setting<string>;
  /**
   * True when some argument is a variable that could hold any flag (`docker run $OPTS image`): rules that judge
   * an omitted setting stay silent, since the variable may set it.
   */
  opaque: boolean;
  privileged?: Setting<boolean>;
  capAdd: readonly Setting<string>[];
  capDrop: readonly Setting<string>[];
  mounts: readonly Setting<ContainerMount>[];
  networkMode?: Setting<string>;
  pidMode?: Setting<string>;
  ipcMode?: Setting<string>;
  utsMode?: Setting<string>;
  usernsMode?: Setting<string>;
  cgroupnsMode?: Setting<string>;
  devices: readonly Setting<ContainerDevice>[];
  /** Bytes; 0 means no limit. */
  memory?: Setting<number>;
  /** Bytes; -1 means unlimited swap. */
  memorySwap?: Setting<number>;
  cpuShares?: Setting<number>;
  cpuQuota?: Setting<number>;
  /** `--cpus` in billionths of a CPU. */
  nanoCpus?: Setting<number>;
  /** 0 or a negative number means no limit. */
  pidsLimit?: Setting<number>;
  restartPolicy?: Setting<RestartPolicy>;
  readOnlyRootfs?: Setting<boolean>;
  securityOptions: readonly Setting<SecurityOption>[];
  user?: Setting<string>;
  ports: readonly Setting<PublishedPort>[];
  publishAll?: Setting<boolean>;
  ulimits: readonly Setting<Ulimit>[];
  sysctls: readonly Setting<Sysctl>[];
  healthcheck?: Setting<Healthcheck>;
  state?: ContainerState;
  /** The location of the container as a whole: the command's start, or the container for the engine. */
  location: Location;
  /** Where a path (a setting's, or [] for the whole container) points; unknown paths give `location`. */
  locate(path: FieldPath): Location;
}
