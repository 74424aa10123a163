/** Bumped whenever the tables or the stored JSON change; an older file is rebuilt, never misread. */
export const schemaVersion = '1';

/**
 * `affected` is the hot table: one row per (record, affected entry) with the entry's ranges as JSON, stored in
 * (scope, name) order (WITHOUT ROWID), so the rows of one package sit together on disk and a lookup reads a few
 * neighbouring pages instead of one page per row. What merging and severity need of the record (`info`) is repeated in
 * each of its rows for the same reason: a lookup then touches nothing else. `records` lists the records themselves. `sources` says where
 * each ecosystem's data came from and when.
 */
export const createTables = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sources (
  ecosystem TEXT PRIMARY KEY,
  file TEXT NOT NULL,
  etag TEXT,
  records INTEGER NOT NULL,
  imported_at TEXT NOT NULL,
  checked_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS records (
  rid INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  id TEXT NOT NULL,
  modified TEXT NOT NULL,
  withdrawn TEXT
);
CREATE TABLE IF NOT EXISTS affected (
  scope TEXT NOT NULL,
  name TEXT NOT NULL,
  rid INTEGER NOT NULL,
  entry INTEGER NOT NULL,
  ecosystem TEXT NOT NULL,
  info TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (scope, name, rid, entry)
) WITHOUT ROWID;
`;

/** Built after the bulk insert, which is several times faster than keeping them up to date row by row. */
export const createIndexes = `
CREATE UNIQUE INDEX IF NOT EXISTS records_by_source_id ON records (source, id);
CREATE INDEX IF NOT EXISTS affected_by_record ON affected (rid);
`;

/** Counted once per build and kept in `meta`, so a status (which every image scan asks for) costs no table scan. */
export const countRecords = 'SELECT COUNT(DISTINCT id) FROM records';
export const countPerEcosystem =
  'SELECT ecosystem, COUNT(DISTINCT rid) AS count FROM affected GROUP BY ecosystem ORDER BY ecosystem';
