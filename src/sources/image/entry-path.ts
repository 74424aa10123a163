/** A tar entry name made into an absolute image path, or why it cannot be one. */
export type EntryPath =
  | { ok: true; path: string; /** The name started with `/`. */ absolute: boolean }
  | { ok: false; reason: string };

/** Resolves `.`, `..` and empty segments below `base`; undefined when `..` would climb above the root. */
function resolveSegments(base: readonly string[], relative: string): string[] | undefined {
  const stack = [...base];
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (stack.length === 0) return undefined;
      stack.pop();
      continue;
    }
    stack.push(segment);
  }
  return stack;
}

function toPath(segments: readonly string[]): string {
  return `/${segments.join('/')}`;
}

/**
 * `./etc//passwd`, `etc/passwd/` and `/etc/passwd` all become `/etc/passwd`. A name whose `..` leaves the root is
 * refused: extracting it would write outside the image.
 */
export function normaliseEntryName(name: string): EntryPath {
  if (name.includes('\0')) return { ok: false, reason: 'the name contains a NUL byte' };
  const segments = resolveSegments([], name);
  if (segments === undefined) return { ok: false, reason: 'the path leaves the image root (`..`)' };
  return { ok: true, path: toPath(segments), absolute: name.startsWith('/') };
}

/** Normalises a path a caller asks about (`etc/passwd`, `/etc//passwd/`); undefined when it leaves the root. */
export function normaliseQueryPath(path: string): string | undefined {
  const segments = resolveSegments([], path);
  return segments === undefined ? undefined : toPath(segments);
}

export function parentPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function pathSegments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/**
 * Where a symlink at `linkPath` points, resolved lexically inside the image: absolute targets from the image root,
 * relative ones from the link's directory. Undefined when `..` climbs above the root: such a link would leave the
 * image if it were followed on the host, so Bulwark never follows it.
 */
export function resolveSymlinkTarget(linkPath: string, target: string): string | undefined {
  const base = target.startsWith('/') ? [] : pathSegments(parentPath(linkPath));
  const segments = resolveSegments(base, target);
  return segments === undefined ? undefined : toPath(segments);
}
