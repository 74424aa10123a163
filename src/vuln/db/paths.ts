import path from 'node:path';

export const databaseFileName = 'vulndb.sqlite';

/**
 * Where the database lives unless `--db` says otherwise: `$BULWARK_CACHE_DIR`, else `$XDG_CACHE_HOME/bulwark`, else
 * `~/.cache/bulwark`; the file is `vulndb.sqlite`. Empty variables count as unset, as the XDG specification asks.
 */
export function defaultDatabasePath(
  env: Readonly<Record<string, string | undefined>>,
  homedir: string,
): string {
  const own = env.BULWARK_CACHE_DIR;
  if (own !== undefined && own !== '') return path.join(own, databaseFileName);
  const xdg = env.XDG_CACHE_HOME;
  if (xdg !== undefined && xdg !== '' && path.isAbsolute(xdg))
    return path.join(xdg, 'bulwark', databaseFileName);
  return path.join(homedir, '.cache', 'bulwark', databaseFileName);
}
