/** A package-manager cache folder and which paths under it (relative to the folder) are cache content. */
interface CacheLocation {
  folder: RegExp;
  content: RegExp;
}

/** The apt lists count only when they hold indexes: `lock` and `partial/` exist even in a clean image. */
const cacheLocations: readonly CacheLocation[] = [
  { folder: /^\/var\/cache\/apt\/archives$/, content: /^(?:partial\/)?[^/]+\.deb$/ },
  { folder: /^\/var\/lib\/apt\/lists$/, content: /^(?!lock$)[^/]+$/ },
  { folder: /^\/var\/cache\/apk$/, content: /^[^/]+$/ },
  { folder: /^\/var\/cache\/(?:yum|dnf)$/, content: /./ },
  { folder: /^(?:\/root|\/home\/[^/]+)\/\.cache\/(?:pip|yarn|go-build)$/, content: /./ },
  { folder: /^(?:\/root|\/home\/[^/]+)\/\.npm\/_cacache$/, content: /./ },
  { folder: /^\/usr\/local\/share\/\.cache\/yarn$/, content: /./ },
];

/** Every cache folder sits under one of these; other paths skip the per-folder tests. */
const cachePrefix = /^\/(?:var\/(?:cache|lib\/apt)|root|home|usr\/local\/share\/\.cache)\//;

function locationOf(folder: string): CacheLocation | undefined {
  return cacheLocations.find((location) => location.folder.test(folder));
}

/** The cache folder when `path` is one. */
export function isCacheFolder(path: string): boolean {
  return cachePrefix.test(`${path}/`) && locationOf(path) !== undefined;
}

/** The cache folder holding this file, when the file is package-manager cache content. */
export function cacheFolderOf(path: string): string | undefined {
  if (!cachePrefix.test(path)) return undefined;
  for (let slash = path.indexOf('/', 1); slash !== -1; slash = path.indexOf('/', slash + 1)) {
    const folder = path.slice(0, slash);
    const location = locationOf(folder);
    if (location !== undefined) return location.content.test(path.slice(slash + 1)) ? folder : undefined;
  }
  return undefined;
}
