import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import type { OsvRecordError } from '../osv/index.js';
import { ImportFailure, importInput } from './import.js';
import { markSourcesChecked, storedEtags } from './status.js';
import { startBuild } from './writer.js';

export const osvArchiveBaseUrl = 'https://osv-vulnerabilities.storage.googleapis.com';

/** The ecosystems `bulwark db update` fetches when none are named. */
export const defaultEcosystems = [
  'Debian',
  'Ubuntu',
  'Alpine',
  'Red Hat',
  'npm',
  'PyPI',
  'Go',
  'Maven',
  'RubyGems',
  'crates.io',
] as const;

export type UpdatePhase = 'download' | 'unchanged' | 'downloaded' | 'import' | 'failed';

export interface UpdateProgress {
  ecosystem: string;
  phase: UpdatePhase;
  receivedBytes: number;
  /** From Content-Length, when the server sends it. */
  totalBytes?: number;
  message?: string;
}

export interface EcosystemUpdate {
  ecosystem: string;
  status: 'updated' | 'unchanged' | 'failed';
  url: string;
  records?: number;
  errors: OsvRecordError[];
  message?: string;
}

export interface UpdateOptions {
  ecosystems: readonly string[];
  databasePath: string;
  fetch: typeof fetch;
  now: Date;
  onProgress?: (progress: UpdateProgress) => void;
  /** Where the per-ecosystem `all.zip` archives live; the OSV bucket by default. */
  baseUrl?: string;
}

export interface UpdateResult {
  ecosystems: EcosystemUpdate[];
}

interface Download {
  ecosystem: string;
  url: string;
  file: string;
  bytes: number;
  etag?: string;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function archiveUrl(baseUrl: string, ecosystem: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(ecosystem)}/all.zip`;
}

function downloadPathFor(databasePath: string, ecosystem: string): string {
  const safe = ecosystem.replace(/[^A-Za-z0-9._-]+/g, '_');
  return path.join(path.dirname(databasePath), `${safe}.${process.pid}.download.zip`);
}

async function saveBody(
  response: Response,
  file: string,
  report: (received: number) => void,
): Promise<number> {
  const handle = await open(file, 'w');
  let received = 0;
  try {
    if (response.body !== null) {
      for await (const chunk of response.body) {
        await handle.write(chunk);
        received += chunk.byteLength;
        report(received);
      }
    }
  } finally {
    await handle.close();
  }
  return received;
}

type FetchOutcome =
  { kind: 'unchanged' } | { kind: 'downloaded'; download: Download } | { kind: 'failed'; message: string };

async function fetchArchive(
  ecosystem: string,
  url: string,
  etag: string | undefined,
  options: UpdateOptions,
): Promise<FetchOutcome> {
  const progress = options.onProgress ?? (() => undefined);
  let response: Response;
  try {
    response = await options.fetch(url, { headers: etag === undefined ? {} : { 'If-None-Match': etag } });
  } catch (error) {
    return { kind: 'failed', message: `cannot download ${url}: ${describe(error)}` };
  }
  if (response.status === 304) {
    await response.body?.cancel();
    return { kind: 'unchanged' };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return {
      kind: 'failed',
      message: `cannot download ${url}: HTTP ${response.status} ${response.statusText}`.trim(),
    };
  }
  const length = Number(response.headers.get('content-length'));
  const totalBytes = Number.isFinite(length) && length > 0 ? { totalBytes: length } : {};
  const file = downloadPathFor(options.databasePath, ecosystem);
  let bytes: number;
  try {
    bytes = await saveBody(response, file, (receivedBytes) =>
      progress({ ecosystem, phase: 'download', receivedBytes, ...totalBytes }),
    );
    if (totalBytes.totalBytes !== undefined && bytes !== totalBytes.totalBytes)
      throw new Error(`${bytes} of ${totalBytes.totalBytes} bytes arrived`);
  } catch (error) {
    await rm(file, { force: true });
    return { kind: 'failed', message: `download of ${url} broke off: ${describe(error)}` };
  }
  const newEtag = response.headers.get('etag');
  return {
    kind: 'downloaded',
    download: { ecosystem, url, file, bytes, ...(newEtag === null ? {} : { etag: newEtag }) },
  };
}

async function importDownloads(
  downloads: readonly Download[],
  options: UpdateOptions,
  results: Map<string, EcosystemUpdate>,
): Promise<void> {
  if (downloads.length === 0) return;
  const progress = options.onProgress ?? (() => undefined);
  const build = await startBuild(path.resolve(options.databasePath), 'merge');
  try {
    for (const download of downloads) {
      progress({ ecosystem: download.ecosystem, phase: 'import', receivedBytes: 0 });
      try {
        const imported = await importInput(
          build,
          {
            source: download.file,
            ecosystem: download.ecosystem,
            label: download.url,
            ...(download.etag === undefined ? {} : { etag: download.etag }),
          },
          options.now,
        );
        results.set(download.ecosystem, {
          ecosystem: download.ecosystem,
          status: 'updated',
          url: download.url,
          records: imported.records,
          errors: imported.errors,
        });
      } catch (error) {
        // The savepoint was rolled back: this ecosystem keeps its previous data, the others still update.
        results.set(download.ecosystem, {
          ecosystem: download.ecosystem,
          status: 'failed',
          url: download.url,
          errors: error instanceof ImportFailure ? [...error.errors] : [],
          message: describe(error),
        });
      }
    }
    await build.finish(options.now);
  } catch (error) {
    await build.abort();
    throw error;
  }
}

/**
 * Downloads `<base>/<ECOSYSTEM>/all.zip` for each ecosystem with the injected `fetch`, sending the stored ETag so an
 * unchanged archive is not fetched again (HTTP 304), then imports everything that changed in one atomic swap. A
 * failed download or import is reported for its ecosystem and leaves that ecosystem's previous data in place.
 */
export async function updateDatabase(options: UpdateOptions): Promise<UpdateResult> {
  const baseUrl = options.baseUrl ?? osvArchiveBaseUrl;
  const progress = options.onProgress ?? (() => undefined);
  const etags = storedEtags(options.databasePath);
  const results = new Map<string, EcosystemUpdate>();
  const downloads: Download[] = [];
  const unchanged: string[] = [];
  await mkdir(path.dirname(path.resolve(options.databasePath)), { recursive: true });
  try {
    for (const ecosystem of options.ecosystems) {
      const url = archiveUrl(baseUrl, ecosystem);
      progress({ ecosystem, phase: 'download', receivedBytes: 0 });
      const outcome = await fetchArchive(ecosystem, url, etags.get(ecosystem), options);
      if (outcome.kind === 'failed') {
        results.set(ecosystem, { ecosystem, status: 'failed', url, errors: [], message: outcome.message });
        progress({ ecosystem, phase: 'failed', receivedBytes: 0, message: outcome.message });
      } else if (outcome.kind === 'unchanged') {
        results.set(ecosystem, { ecosystem, status: 'unchanged', url, errors: [] });
        unchanged.push(ecosystem);
        progress({ ecosystem, phase: 'unchanged', receivedBytes: 0 });
      } else {
        downloads.push(outcome.download);
        progress({ ecosystem, phase: 'downloaded', receivedBytes: outcome.download.bytes });
      }
    }
    await importDownloads(downloads, options, results);
    markSourcesChecked(options.databasePath, unchanged, options.now);
  } finally {
    for (const download of downloads) await rm(download.file, { force: true });
  }
  return {
    ecosystems: options.ecosystems.flatMap((ecosystem) => {
      const result = results.get(ecosystem);
      return result === undefined ? [] : [result];
    }),
  };
}
