import type { FieldPath } from '../../core/index.js';
import type { ParseError } from '../shared/parse-result.js';
import type { Locate } from '../shared/parse-result.js';
import { issuesToErrors } from '../shared/zod-errors.js';
import type { YamlDocument } from '../yaml/parse-documents.js';
import { ComposeFile } from './schema.js';
import type { ComposeService } from './schema.js';
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
          readOnly: (mode ?? '').split(',').includes('ro'),
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
      readOnly: volume.read_only === true,
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

export function extractComposeServices(document: YamlDocument, file: string): ComposeExtraction {
  const parsed = ComposeFile.safeParse(document.value);
  if (!parsed.success) {
    return { services: [], errors: issuesToErrors(parsed.error.issues, document.locate, 'compose file') };
  }
  const services: ComposeServiceView[] = [];
  for (const [name, service] of Object.entries(parsed.data.services)) {
    const path: FieldPath = ['services', name];
    const definition = service ?? {};
    const at = document.locate(path).range;
    services.push({
      resource: {
        kind: 'ComposeService',
        name,
        source: { file, startLine: at.startLine, startColumn: at.startColumn },
        doc: definition,
      },
      name,
      service: definition,
      path,
      volumes: volumesOf(definition, path),
      ports: portsOf(definition, path),
      environment: environmentOf(definition, path),
    });
  }
  return { services, errors: [], locate: document.locate };
}
