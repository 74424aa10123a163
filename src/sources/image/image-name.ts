/**
 * Canonical form of an image name for comparison: `alpine` and `docker.io/library/alpine:latest` are the same
 * image. Only the spelling is normalised; nothing is looked up.
 */
export function canonicalImageName(name: string): string {
  const [withoutDigest = '', digest] = name.trim().split('@', 2);
  const slash = withoutDigest.indexOf('/');
  const first = slash === -1 ? '' : withoutDigest.slice(0, slash);
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  let repository = withoutDigest;
  if (!hasRegistry)
    repository = slash === -1 ? `docker.io/library/${withoutDigest}` : `docker.io/${withoutDigest}`;
  const lastSlash = repository.lastIndexOf('/');
  const hasTag = repository.indexOf(':', lastSlash) !== -1;
  const tagged = hasTag || digest !== undefined ? repository : `${repository}:latest`;
  return digest === undefined ? tagged : `${tagged}@${digest}`;
}

/** True when `wanted` names `candidate`: the same text or the same canonical image name. */
export function imageNameMatches(candidate: string, wanted: string): boolean {
  return candidate === wanted || canonicalImageName(candidate) === canonicalImageName(wanted);
}
