/** A container image reference, resolved the way a container runtime resolves it before pulling. */
export interface ImageReference {
  /** Registry host, lower-cased; every Docker Hub alias becomes `docker.io`. */
  registry: string;
  /** Repository inside the registry: `library/nginx` for the short name `nginx`. */
  repository: string;
  tag?: string;
  digest?: string;
}

const dockerHub = 'docker.io';
const dockerHubAliases: ReadonlySet<string> = new Set([
  dockerHub,
  'index.docker.io',
  'registry-1.docker.io',
  'registry.hub.docker.com',
]);

// Template syntax left in place (`${IMAGE}`, `{{ .Values.image }}`) cannot be judged until it is rendered.
const unresolved = /[\s${}]/;
const digestPattern = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;

/** Docker's rule: the first component names a registry when it looks like a host, or has capitals. */
function looksLikeRegistry(component: string): boolean {
  return (
    component.includes('.') ||
    component.includes(':') ||
    component === 'localhost' ||
    component !== component.toLowerCase()
  );
}

function splitRegistry(name: string): { registry: string; repository: string } {
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  if (slash === -1 || !looksLikeRegistry(first)) return { registry: dockerHub, repository: name };
  return { registry: first.toLowerCase(), repository: name.slice(slash + 1) };
}

/** Parses `[registry/]repository[:tag][@digest]`; undefined for empty, templated or malformed references. */
export function parseImageReference(text: string): ImageReference | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || unresolved.test(trimmed)) return undefined;
  const at = trimmed.indexOf('@');
  const name = at === -1 ? trimmed : trimmed.slice(0, at);
  const digest = at === -1 ? undefined : trimmed.slice(at + 1);
  if (digest !== undefined && !digestPattern.test(digest)) return undefined;
  const colon = name.lastIndexOf(':');
  const hasTag = colon > name.lastIndexOf('/');
  const tag = hasTag ? name.slice(colon + 1) : undefined;
  if (tag === '') return undefined;
  const split = splitRegistry(hasTag ? name.slice(0, colon) : name);
  let { registry, repository } = split;
  if (repository === '') return undefined;
  if (dockerHubAliases.has(registry)) {
    registry = dockerHub;
    if (!repository.includes('/')) repository = `library/${repository}`;
  }
  return {
    registry,
    repository,
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest }),
  };
}

/** The image the container runs, parsed; undefined when the field is omitted or cannot be judged. */
export function containerImage(image: string | null | undefined): ImageReference | undefined {
  return image === null || image === undefined ? undefined : parseImageReference(image);
}

/** No digest and no tag, or the `latest` tag: the runtime pulls whatever the registry serves today. */
export function usesLatestTag(reference: ImageReference): boolean {
  return reference.digest === undefined && (reference.tag === undefined || reference.tag === 'latest');
}

/** The pull policy Kubernetes fills in when `imagePullPolicy` is omitted. */
export function defaultPullPolicy(reference: ImageReference): 'Always' | 'IfNotPresent' {
  if (reference.tag === 'latest') return 'Always';
  return reference.tag === undefined && reference.digest === undefined ? 'Always' : 'IfNotPresent';
}

export interface TrustedRegistry {
  /** Host, or `*.suffix` for any subdomain of suffix. */
  host: string;
  /** Optional repository prefix, matched on whole path components. */
  pathPrefix: string;
}

/** Reads a `trustedRegistries` entry such as `registry.example.com/team`, `ghcr.io/org/` or `*.example.com`. */
export function parseTrustedRegistry(entry: string): TrustedRegistry | undefined {
  const cleaned = entry
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/+$/, '');
  if (cleaned === '') return undefined;
  const slash = cleaned.indexOf('/');
  const first = slash === -1 ? cleaned : cleaned.slice(0, slash);
  const rest = slash === -1 ? '' : cleaned.slice(slash + 1);
  // A bare first component such as `bitnami` is a Docker Hub namespace, as it is in an image name.
  if (!first.startsWith('*.') && !looksLikeRegistry(first)) return { host: dockerHub, pathPrefix: cleaned };
  const host = first.toLowerCase();
  return { host: dockerHubAliases.has(host) ? dockerHub : host, pathPrefix: rest };
}

function hostMatches(trusted: string, registry: string): boolean {
  if (!trusted.startsWith('*.')) return trusted === registry;
  return registry.endsWith(trusted.slice(1));
}

function pathMatches(prefix: string, repository: string): boolean {
  return prefix === '' || repository === prefix || repository.startsWith(`${prefix}/`);
}

/** True when the image comes from one of the trusted registries (host and, when given, repository prefix). */
export function isTrustedImage(reference: ImageReference, trusted: readonly TrustedRegistry[]): boolean {
  for (const entry of trusted) {
    if (hostMatches(entry.host, reference.registry) && pathMatches(entry.pathPrefix, reference.repository))
      return true;
  }
  return false;
}
