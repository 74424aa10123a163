/** A database that cannot be opened, read or built; the message says which file and what to do. */
export class VulnDbError extends Error {
  override name = 'VulnDbError';
}
