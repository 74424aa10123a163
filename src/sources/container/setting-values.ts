import type {
  ContainerDevice,
  ContainerMount,
  PublishedPort,
  RestartPolicy,
  SecurityOption,
  Ulimit,
} from './view.js';

/*
 * The value syntaxes of `docker run` flags, also used for the engine's string forms (`SecurityOpt`, `Binds`).
 * Each returns undefined for text Docker itself would reject, so a malformed value is never judged as something else.
 */

const byteSize = /^(?<number>\d+(?:\.\d+)?)\s*(?<unit>[kmgtp])?i?b?$/i;
const unitPower: Readonly<Record<string, number>> = { k: 1, m: 2, g: 3, t: 4, p: 5 };

/** `512m`, `1.5g`, `1048576`: binary units, as the Docker CLI reads memory sizes. */
export function parseByteSize(text: string): number | undefined {
  const groups = byteSize.exec(text.trim())?.groups;
  if (groups === undefined) return undefined;
  const power = unitPower[(groups['unit'] ?? '').toLowerCase()] ?? 0;
  return Math.round(Number(groups['number']) * 1024 ** power);
}

/** A whole number, negative allowed (`--memory-swap -1`, `--pids-limit -1`). */
export function parseInteger(text: string): number | undefined {
  return /^-?\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

/** `--cpus 1.5` as billionths of a CPU, the engine's `NanoCpus`. */
export function parseCpus(text: string): number | undefined {
  return /^\d+(?:\.\d+)?$/.test(text.trim()) ? Math.round(Number(text.trim()) * 1e9) : undefined;
}

const trueWords = new Set(['true', '1', 't', 'yes']);
const falseWords = new Set(['false', '0', 'f', 'no']);

/** A boolean flag's explicit value (`--privileged=false`); undefined when it is not a boolean. */
export function parseBoolean(text: string): boolean | undefined {
  const lower = text.trim().toLowerCase();
  if (trueWords.has(lower)) return true;
  if (falseWords.has(lower)) return false;
  return undefined;
}

function portNumber(text: string): number | undefined {
  const first = text.split('-')[0] ?? '';
  if (!/^\d+$/.test(first)) return undefined;
  const port = Number(first);
  return port >= 0 && port <= 65535 ? port : undefined;
}

/** Splits `ip:host:container`, where the IP may be an IPv6 literal in brackets. */
function splitPortParts(spec: string): string[] | undefined {
  if (spec.startsWith('[')) {
    const close = spec.indexOf(']');
    if (close < 0 || spec[close + 1] !== ':') return undefined;
    return [spec.slice(1, close), ...spec.slice(close + 2).split(':')];
  }
  return spec.split(':');
}

/** `-p [ip:][hostPort:]containerPort[/protocol]`; a range keeps its first port. */
export function parsePortSpec(text: string): PublishedPort | undefined {
  const [spec = '', protocol = 'tcp'] = text.trim().split('/');
  const parts = splitPortParts(spec);
  if (parts === undefined || parts.length === 0 || parts.length > 3) return undefined;
  const containerPort = portNumber(parts[parts.length - 1] ?? '');
  if (containerPort === undefined) return undefined;
  const port: PublishedPort = { containerPort, protocol: protocol.toLowerCase() };
  const hostPortText = parts.length >= 2 ? (parts[parts.length - 2] ?? '') : '';
  if (hostPortText !== '') {
    const hostPort = portNumber(hostPortText);
    if (hostPort === undefined) return undefined;
    port.hostPort = hostPort;
  }
  const hostIp = parts.length === 3 ? (parts[0] ?? '') : '';
  if (hostIp !== '') port.hostIp = hostIp;
  return port;
}

const propagationModes = new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);

function isHostPath(source: string): boolean {
  return (
    source.startsWith('/') || source.startsWith('.') || source.startsWith('~') || /^[a-z]:[\\/]/i.test(source)
  );
}

/** `-v [source:]target[:options]`: a host path source is a bind, a name is a volume, no source an anonymous volume. */
export function parseVolumeSpec(text: string): ContainerMount | undefined {
  const parts = text.trim().split(':');
  if (parts.some((part) => part === '') || parts.length > 3) return undefined;
  if (parts.length === 1) return { type: 'volume', target: parts[0] ?? '', readOnly: false };
  const [source = '', target = '', options = ''] = parts;
  const mount: ContainerMount = {
    type: isHostPath(source) ? 'bind' : 'volume',
    source,
    target,
    readOnly: false,
  };
  for (const option of options.split(',')) {
    if (option === 'ro') mount.readOnly = true;
    if (propagationModes.has(option)) mount.propagation = option;
  }
  return mount;
}

const mountTypes = new Set<ContainerMount['type']>(['bind', 'volume', 'tmpfs', 'npipe']);

function mountTypeOf(text: string): ContainerMount['type'] {
  const lower = text.toLowerCase();
  for (const type of mountTypes) if (type === lower) return type;
  return 'other';
}

/** `--mount type=bind,source=/x,target=/y,readonly,bind-propagation=rshared` (CSV of keys and flags). */
export function parseMountSpec(text: string): ContainerMount | undefined {
  let type: ContainerMount['type'] = 'volume';
  let source: string | undefined;
  let target: string | undefined;
  let readOnly = false;
  let propagation: string | undefined;
  for (const field of text.trim().split(',')) {
    const equals = field.indexOf('=');
    const key = (equals < 0 ? field : field.slice(0, equals)).trim().toLowerCase();
    const value = equals < 0 ? undefined : field.slice(equals + 1).trim();
    if (key === 'type' && value !== undefined) type = mountTypeOf(value);
    else if ((key === 'source' || key === 'src') && value !== undefined) source = value;
    else if (['target', 'destination', 'dst'].includes(key) && value !== undefined) target = value;
    else if (key === 'readonly' || key === 'ro')
      readOnly = value === undefined || parseBoolean(value) === true;
    else if (key === 'bind-propagation' && value !== undefined) propagation = value;
  }
  if (target === undefined || target === '') return undefined;
  return {
    type,
    ...(source === undefined || source === '' ? {} : { source }),
    target,
    readOnly,
    ...(propagation === undefined ? {} : { propagation }),
  };
}

/** `--tmpfs /run:rw,size=64m`. */
export function parseTmpfsSpec(text: string): ContainerMount | undefined {
  const [target = '', options = ''] = text.trim().split(':');
  if (target === '') return undefined;
  return { type: 'tmpfs', target, readOnly: options.split(',').includes('ro') };
}

/** `--device /dev/sda[:/dev/xvda[:rwm]]`. */
export function parseDeviceSpec(text: string): ContainerDevice | undefined {
  const [hostPath = '', containerPath, permissions] = text.trim().split(':');
  if (hostPath === '') return undefined;
  return { hostPath, containerPath: containerPath || hostPath, permissions: permissions || 'rwm' };
}

/** `--restart no|always|unless-stopped|on-failure[:N]`. */
export function parseRestartPolicy(text: string): RestartPolicy | undefined {
  const [name = '', retries] = text.trim().split(':');
  if (!['no', 'always', 'unless-stopped', 'on-failure'].includes(name)) return undefined;
  if (retries === undefined) return { name };
  const maximumRetryCount = parseInteger(retries);
  return maximumRetryCount === undefined ? undefined : { name, maximumRetryCount };
}

/** `--ulimit nofile=1024[:2048]`. */
export function parseUlimitSpec(text: string): Ulimit | undefined {
  const [name = '', limits = ''] = text.trim().split('=');
  const [soft, hard = soft] = limits.split(':').map(parseInteger);
  if (name === '' || soft === undefined || hard === undefined) return undefined;
  return { name, soft, hard };
}

/** `--security-opt seccomp=unconfined`; the old `key:value` form is read too, as dockerd still accepts it. */
export function parseSecurityOption(text: string): SecurityOption {
  const trimmed = text.trim();
  const separator = trimmed.search(/[=:]/);
  const key = (separator < 0 ? trimmed : trimmed.slice(0, separator)).toLowerCase();
  const value = separator < 0 ? '' : trimmed.slice(separator + 1);
  if (key === 'no-new-privileges') {
    const enabled = value === '' ? true : parseBoolean(value);
    return enabled === undefined ? { kind: 'other', text: trimmed } : { kind: 'no-new-privileges', enabled };
  }
  if (key === 'seccomp') return { kind: 'seccomp', profile: value };
  if (key === 'apparmor') return { kind: 'apparmor', profile: value };
  if (key === 'label') return { kind: 'label', value };
  return { kind: 'other', text: trimmed };
}
