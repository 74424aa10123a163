import type { Location } from '../../../core/index.js';
import type { ContainerSettings } from '../build-view.js';
import { assembleView, emptySettings } from '../build-view.js';
import {
  parseBoolean,
  parseByteSize,
  parseCpus,
  parseDeviceSpec,
  parseInteger,
  parseMountSpec,
  parsePortSpec,
  parseRestartPolicy,
  parseSecurityOption,
  parseTmpfsSpec,
  parseUlimitSpec,
  parseVolumeSpec,
} from '../setting-values.js';
import type { DockerContainerView, Setting } from '../view.js';
import type { RunInvocation } from './find-run.js';
import { wordValue } from './find-run.js';
import type { OptionUse, ReadOptions } from './read-options.js';
import { readRunOptions } from './read-options.js';
import type { RunFlag } from './run-flags.js';

type Parser<T> = (text: string) => T | undefined;

interface Builder {
  file: string;
  settings: ContainerSettings;
  /** How many times each list option was used so far: its index in the field path. */
  counts: Map<RunFlag, number>;
}

function locationOf(file: string, use: Pick<OptionUse, 'first' | 'last'>, path: string): Location {
  return {
    file,
    startLine: use.first.line,
    startColumn: use.first.column,
    endLine: use.last.endLine,
    endColumn: use.last.endColumn,
    path,
  };
}

function single<T>(builder: Builder, use: OptionUse, parser: Parser<T>): Setting<T> {
  const flag = `--${use.flag}`;
  return {
    value: use.value === undefined ? undefined : parser(use.value),
    raw: use.raw,
    path: [flag],
    location: locationOf(builder.file, use, flag),
  };
}

function listed<T>(builder: Builder, use: OptionUse, parser: Parser<T>): Setting<T> {
  const index = builder.counts.get(use.flag) ?? 0;
  builder.counts.set(use.flag, index + 1);
  return { ...single(builder, use, parser), path: [`--${use.flag}`, index] };
}

const text: Parser<string> = (value) => value;
const memorySwap: Parser<number> = (value) => (value.trim() === '-1' ? -1 : parseByteSize(value));
const sysctl: Parser<{ name: string; value: string }> = (value) => {
  const equals = value.indexOf('=');
  return equals <= 0 ? undefined : { name: value.slice(0, equals), value: value.slice(equals + 1) };
};

function applyScalar(builder: Builder, use: OptionUse): boolean {
  const { settings } = builder;
  switch (use.flag) {
    case 'privileged':
      settings.privileged = single(builder, use, parseBoolean);
      return true;
    case 'read-only':
      settings.readOnlyRootfs = single(builder, use, parseBoolean);
      return true;
    case 'publish-all':
      settings.publishAll = single(builder, use, parseBoolean);
      return true;
    case 'network':
      settings.networkMode = single(builder, use, text);
      return true;
    case 'pid':
      settings.pidMode = single(builder, use, text);
      return true;
    case 'ipc':
      settings.ipcMode = single(builder, use, text);
      return true;
    case 'uts':
      settings.utsMode = single(builder, use, text);
      return true;
    case 'userns':
      settings.usernsMode = single(builder, use, text);
      return true;
    case 'cgroupns':
      settings.cgroupnsMode = single(builder, use, text);
      return true;
    case 'user':
      settings.user = single(builder, use, text);
      return true;
    default:
      return applyLimit(builder, use);
  }
}

function applyLimit(builder: Builder, use: OptionUse): boolean {
  const { settings } = builder;
  switch (use.flag) {
    case 'memory':
      settings.memory = single(builder, use, parseByteSize);
      return true;
    case 'memory-swap':
      settings.memorySwap = single(builder, use, memorySwap);
      return true;
    case 'cpu-shares':
      settings.cpuShares = single(builder, use, parseInteger);
      return true;
    case 'cpu-quota':
      settings.cpuQuota = single(builder, use, parseInteger);
      return true;
    case 'cpus':
      settings.nanoCpus = single(builder, use, parseCpus);
      return true;
    case 'pids-limit':
      settings.pidsLimit = single(builder, use, parseInteger);
      return true;
    case 'restart':
      settings.restartPolicy = single(builder, use, parseRestartPolicy);
      return true;
    case 'no-healthcheck':
      settings.healthcheck = single(builder, use, (value) =>
        parseBoolean(value) === false ? undefined : { disabled: true },
      );
      return true;
    case 'health-cmd':
      settings.healthcheck = single(builder, use, (value) => ({ disabled: false, test: value }));
      return true;
    default:
      return false;
  }
}

function applyList(builder: Builder, use: OptionUse): void {
  const { settings } = builder;
  switch (use.flag) {
    case 'cap-add':
      settings.capAdd.push(listed(builder, use, text));
      return;
    case 'cap-drop':
      settings.capDrop.push(listed(builder, use, text));
      return;
    case 'volume':
      settings.mounts.push(listed(builder, use, parseVolumeSpec));
      return;
    case 'mount':
      settings.mounts.push(listed(builder, use, parseMountSpec));
      return;
    case 'tmpfs':
      settings.mounts.push(listed(builder, use, parseTmpfsSpec));
      return;
    case 'device':
      settings.devices.push(listed(builder, use, parseDeviceSpec));
      return;
    case 'security-opt':
      settings.securityOptions.push(listed(builder, use, parseSecurityOption));
      return;
    case 'publish':
      settings.ports.push(listed(builder, use, parsePortSpec));
      return;
    case 'ulimit':
      settings.ulimits.push(listed(builder, use, parseUlimitSpec));
      return;
    case 'sysctl':
      settings.sysctls.push(listed(builder, use, sysctl));
      return;
    default:
      return;
  }
}

export interface RunLineView {
  view: DockerContainerView;
  notes: ReadOptions['notes'];
}

/** The container a `docker run` invocation describes, each setting at its option's line and column. */
export function runLineView(invocation: RunInvocation, file: string): RunLineView {
  const read = readRunOptions(invocation.args);
  const builder: Builder = { file, settings: emptySettings(), counts: new Map() };
  let name: string | undefined;
  for (const use of read.uses) {
    if (use.flag === 'name') name = use.value;
    else if (!applyScalar(builder, use)) applyList(builder, use);
  }
  const { start } = invocation;
  const location: Location = {
    file,
    startLine: start.line,
    startColumn: start.column,
    endLine: start.endLine,
    endColumn: start.endColumn,
  };
  if (read.image !== undefined) {
    const image = read.image;
    builder.settings.image = {
      value: wordValue(image),
      raw: image.raw,
      path: ['image'],
      location: locationOf(file, { first: image, last: image }, 'image'),
    };
  }
  // Named as the command names it: a variable stays as written (`$(IMAGE)`), never resolved.
  const shownName = name ?? builder.settings.image?.value ?? read.image?.raw ?? `${invocation.tool} run`;
  const view = assembleView(
    {
      resource: { kind: 'Container', name: shownName, source: location, doc: { command: invocation.text } },
      origin: { kind: 'run-line', file, line: start.line, command: invocation.text },
      name: shownName,
      opaque: read.opaque,
      location,
    },
    builder.settings,
  );
  return { view, notes: read.notes };
}
