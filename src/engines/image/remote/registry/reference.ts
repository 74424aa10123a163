import { RemoteImageError } from '../errors.js';

/**
 * Image references as the distribution reference grammar defines them, with Docker Hub's normalisation:
 *
 *   reference := name [ ":" tag ] [ "@" digest ]
 *   name      := [ domain "/" ] path-component [ "/" path-component ]*
 *   domain    := domain-component [ "." domain-component ]* [ ":" port ]   (or a bracketed IPv6 address)
 *
 * The first component is a domain only when it contains "." or ":", is "localhost", or has an upper-case letter
 * (repository paths are lower case). Without a domain the image lives on Docker Hub, and a single path component
 * there means an official image under `library/`.
 */

export interface ImageReference {
  /** Host (and port) the Distribution API is served from: `registry-1.docker.io` for Docker Hub. */
  registry: string;
  /** The domain as users write it (`docker.io` for Docker Hub), used to look up credentials. */
  domain: string;
  repository: string;
  /** Absent only when the reference pins a digest without naming a tag. */
  tag?: string;
  digest?: string;
}

export const dockerHubDomain = 'docker.io';
export const dockerHubRegistry = 'registry-1.docker.io';
const dockerHubAliases: ReadonlySet<string> = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
]);

const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainPattern = new RegExp(
  `^(?:${domainComponent}(?:\\.${domainComponent})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]{1,5})?$`,
);
const pathComponentPattern = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^(?<algorithm>[a-z0-9]+(?:[.+_-][a-z0-9]+)*):(?<hex>[a-zA-Z0-9=_-]{32,})$/;
const sha256Hex = /^[a-f0-9]{64}$/;
const maxNameLength = 255;

function invalid(reference: string, reason: string): RemoteImageError {
  return new RemoteImageError(`invalid image reference "${reference}": ${reason}`);
}

function splitDigest(text: string, reference: string): { rest: string; digest?: string } {
  const at = text.indexOf('@');
  if (at === -1) return { rest: text };
  const digest = text.slice(at + 1);
  const match = digestPattern.exec(digest);
  if (match?.groups === undefined) throw invalid(reference, `"${digest}" is not a digest`);
  if (match.groups.algorithm !== 'sha256') {
    throw invalid(reference, `digest algorithm "${match.groups.algorithm}" is not supported (only sha256)`);
  }
  if (!sha256Hex.test(match.groups.hex ?? '')) {
    throw invalid(reference, 'a sha256 digest has 64 lower-case hexadecimal characters');
  }
  return { rest: text.slice(0, at), digest };
}

function splitTag(text: string, reference: string): { name: string; tag?: string } {
  const colon = text.lastIndexOf(':');
  // A colon before the last slash belongs to a registry port, not a tag.
  if (colon === -1 || colon < text.lastIndexOf('/')) return { name: text };
  const tag = text.slice(colon + 1);
  if (!tagPattern.test(tag)) throw invalid(reference, `"${tag}" is not a valid tag`);
  return { name: text.slice(0, colon), tag };
}

function looksLikeDomain(component: string): boolean {
  return (
    component.includes('.') ||
    component.includes(':') ||
    component === 'localhost' ||
    component !== component.toLowerCase()
  );
}

function splitDomain(name: string, reference: string): { domain: string; path: string } {
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  if (slash === -1 || !looksLikeDomain(first)) return { domain: dockerHubDomain, path: name };
  if (!domainPattern.test(first)) throw invalid(reference, `"${first}" is not a valid registry host`);
  return { domain: first, path: name.slice(slash + 1) };
}

/** Parses `alpine`, `ghcr.io/org/app:1.2`, `127.0.0.1:5000/repo@sha256:…`; throws RemoteImageError with the reason. */
export function parseImageReference(reference: string): ImageReference {
  const text = reference.trim();
  if (text === '') throw invalid(reference, 'it is empty');
  const { rest, digest } = splitDigest(text, reference);
  const { name, tag } = splitTag(rest, reference);
  if (name.length > maxNameLength) {
    throw invalid(reference, `the repository name is longer than ${maxNameLength} characters`);
  }
  const split = splitDomain(name, reference);
  const isHub = dockerHubAliases.has(split.domain.toLowerCase());
  const domain = isHub ? dockerHubDomain : split.domain;
  let repository = split.path;
  for (const component of repository.split('/')) {
    if (!pathComponentPattern.test(component)) {
      const shown = component === '' ? 'an empty path component' : `"${component}"`;
      throw invalid(reference, `${shown} is not a valid repository path component (lower case only)`);
    }
  }
  if (isHub && !repository.includes('/')) repository = `library/${repository}`;
  const registry = isHub ? dockerHubRegistry : domain;
  const resolvedTag = tag ?? (digest === undefined ? 'latest' : undefined);
  return {
    registry,
    domain,
    repository,
    ...(resolvedTag === undefined ? {} : { tag: resolvedTag }),
    ...(digest === undefined ? {} : { digest }),
  };
}

/** The canonical text of a reference: `docker.io/library/alpine:latest`, `host/repo@sha256:…`. */
export function formatImageReference(reference: ImageReference): string {
  const tag = reference.tag === undefined ? '' : `:${reference.tag}`;
  const digest = reference.digest === undefined ? '' : `@${reference.digest}`;
  return `${reference.domain}/${reference.repository}${tag}${digest}`;
}

/** What the registry is asked for: the digest when one is pinned, otherwise the tag. */
export function manifestSelector(reference: ImageReference): string {
  return reference.digest ?? reference.tag ?? 'latest';
}

/** Registries reached over plain HTTP without `--insecure`: only this machine's loopback. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.startsWith('[')
    ? registry.slice(0, registry.indexOf(']') + 1)
    : registry.split(':')[0];
  return host === 'localhost' || host === '[::1]' || (host?.startsWith('127.') ?? false);
}
