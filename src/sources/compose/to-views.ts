import type { FieldPath } from '../../core/index.js';
import type { ParseError } from '../shared/parse-result.js';
import type { Locate } from '../shared/parse-result.js';
import { issuesToErrors } from '../shared/zod-errors.js';
import type { YamlDocument } from '../yaml/parse-documents.js';
import { hasInterpolation, resolveDefaults } from './interpolation.js';
import type { ComposeFlag } from './schema.js';
import { ComposeFile, ComposeService } from './schema.js';
import type {
  ComposeEnvironmentEntry,
  ComposePortView,
  ComposeServiceView,
  ComposeVolumeView,
} from './view.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A compose document has a `services` mapping and is not a Kubernetes object. */
export function looksLikeCompose(value: unknown): boolean {
  return isRecord(value) && isRecord(value['services']) && !('apiVersion' in value && 'kind' in value);
}

function volumeType(source: string | undefined): ComposeVolumeView['type'] {
  if (source === undefined) return 'volume';
  return /^(?:[./~]|\$|[A-Za-z]:\\)/.test(source) ? 'bind' : 'volume';
}

/** `ro` among the short syntax's comma-separated options; an interpolated mode is read by its default. */
function shortReadOnly(mode: string | undefined): ComposeFlag {
  if (mode === undefined) return false;
  const resolved = hasInterpolation(mode) ? resolveDefaults(mode) : mode;
  if (resolved === undefined) return 'unknown';
  return resolved.split(',').includes('ro');
}

function volumesOf(service: ComposeService, base: FieldPath): ComposeVolumeView[] {
  const views: ComposeVolumeView[] = [];
  for (const [index, volume] of (service.volumes ?? []).entries()) {
    const path = [...base, 'volumes', index];
    if (typeof volume === 'string') {
      // Colons inside `${…}` belong to the interpolation (`${SOCK:-/var/run/docker.sock}:/var/run/docker.sock`).
      const parts = volume.split(/:(?![^{]*\})/);
      const [first, second, mode] = parts;
      if (parts.length === 1) views.push({ target: first ?? '', readOnly: false, type: 'volume', path });
      else
        views.push({
          source: first,
          target: second ?? '',
          readOnly: shortReadOnly(mode),
          type: volumeType(first),
          path,
        });
      continue;
    }
    const declared = volume.type;
    const type: ComposeVolumeView['type'] =
      declared === 'bind' || declared === 'volume' || declared === 'tmpfs' || declared === 'npipe'
        ? declared
        : declared === undefined
          ? volumeType(volume.source)
          : 'other';
    views.push({
      ...(volume.source === undefined ? {} : { source: volume.source }),
      target: volume.target ?? '',
      readOnly: volume.read_only ?? false,
      type,
      path,
    });
  }
  return views;
}

// A host IP is only read when two more parts follow, so `5432:5432` is published:target; `${VAR}` stands for
// an interpolated host IP or published port.
const shortPort =
  /^(?:(?<ip>\[[^\]]+\]|[\d.]+|\$\{[^}]+\}):(?=[^:]*:))?(?:(?<published>[\d-]*|\$\{[^}]+\}):)?(?<target>[\d-]+)(?:\/(?<protocol>\w+))?$/;

function portsOf(service: ComposeService, base: FieldPath): ComposePortView[] {
  const views: ComposePortView[] = [];
  for (const [index, port] of (service.ports ?? []).entries()) {
    const path = [...base, 'ports', index];
    if (typeof port === 'object') {
      views.push({
        ...(port.host_ip === undefined ? {} : { hostIp: port.host_ip }),
        ...(port.published === undefined ? {} : { published: String(port.published) }),
        target: String(port.target ?? ''),
        protocol: port.protocol ?? 'tcp',
        path,
      });
      continue;
    }
    const groups = shortPort.exec(String(port))?.groups;
    if (groups === undefined) continue;
    const ip = groups['ip']?.replace(/^\[|\]$/g, '');
    const published = groups['published'];
    views.push({
      ...(ip === undefined ? {} : { hostIp: ip }),
      ...(published === undefined || published === '' ? {} : { published }),
      target: groups['target'] ?? '',
      protocol: groups['protocol'] ?? 'tcp',
      path,
    });
  }
  return views;
}

function environmentOf(service: ComposeService, base: FieldPath): ComposeEnvironmentEntry[] {
  const environment = service.environment;
  if (environment === undefined) return [];
  if (Array.isArray(environment)) {
    return environment.map((entry, index) => {
      const equals = entry.indexOf('=');
      const path = [...base, 'environment', index];
      return equals < 0
        ? { name: entry, path }
        : { name: entry.slice(0, equals), value: entry.slice(equals + 1), path };
    });
  }
  return Object.entries(environment).map(([name, value]) => {
    const path = [...base, 'environment', name];
    return value === null ? { name, path } : { name, value: String(value), path };
  });
}

export interface ComposeExtraction {
  services: ComposeServiceView[];
  errors: ParseError[];
  locate?: Locate;
}

function serviceView(
  name: string,
  service: ComposeService,
  file: string,
  locate: Locate,
): ComposeServiceView {
  const path: FieldPath = ['services', name];
  const at = locate(path).range;
  return {
    resource: {
      kind: 'ComposeService',
      name,
      source: { file, startLine: at.startLine, startColumn: at.startColumn },
      doc: service,
    },
    name,
    service,
    path,
    volumes: volumesOf(service, path),
    ports: portsOf(service, path),
    environment: environmentOf(service, path),
  };
}

/**
 * Every service of a compose document. Each service is validated on its own: a field of the wrong type makes that
 * service an input error at the field's line, while the other services are still judged.
 */
export function extractComposeServices(document: YamlDocument, file: string): ComposeExtraction {
  const errors: ParseError[] = [];
  const parsed = ComposeFile.safeParse(document.value);
  if (!parsed.success) errors.push(...issuesToErrors(parsed.error.issues, document.locate, 'compose file'));
  if (!isRecord(document.value) || !isRecord(document.value['services']))
    return { services: [], errors, locate: document.locate };
  const services: ComposeServiceView[] = [];
  for (const [name, raw] of Object.entries(document.value['services'])) {
    const service = ComposeService.nullable().safeParse(raw);
    if (!service.success) {
      const issues = service.error.issues.map((issue) => ({
        ...issue,
        path: ['services', name, ...issue.path],
      }));
      errors.push(...issuesToErrors(issues, document.locate, 'compose file'));
      continue;
    }
    const definition: ComposeService = service.data ?? {};
    services.push(serviceView(name, definition, file, document.locate));
  }
  return { services, errors, locate: document.locate };
}
