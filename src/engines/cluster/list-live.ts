import type { CoverageEntry } from '../../core/index.js';
import { errorText } from './connection.js';
import type { ListedKind } from './kinds.js';
import { listPath, listedKinds } from './kinds.js';
import type { RawObject } from './objects.js';
import { ApiList, ApiStatus } from './schema.js';
import type { ApiGet, ApiResponse } from './transport.js';

export interface LiveListing {
  objects: RawObject[];
  coverage: CoverageEntry[];
  /** Set when not one request reached the API server: the cluster is unreachable. */
  unreachable?: string;
}

export interface ListOptions {
  /** `--namespace`: namespaced kinds are listed in this namespace only. */
  namespace?: string;
  /** Objects per page (`limit`); the API server hands a `continue` token for the next page. */
  pageSize: number;
}

type KindOutcome = { entry: CoverageEntry; objects: RawObject[]; networkError?: string };

function statusMessage(response: ApiResponse): string {
  try {
    const status = ApiStatus.safeParse(JSON.parse(response.body));
    if (status.success && status.data.message !== undefined) return status.data.message;
  } catch {
    // Not JSON (a proxy's error page): the HTTP status says enough.
  }
  return `HTTP ${response.status}`;
}

/** The coverage status an HTTP error stands for: 404 on the first page means the API is not installed. */
function failedEntry(listed: ListedKind, response: ApiResponse, firstPage: boolean): CoverageEntry {
  const base = { kind: listed.kind, apiVersion: listed.apiVersion };
  const message = statusMessage(response);
  if (response.status === 403 || response.status === 401) return { ...base, status: 'forbidden', message };
  if (response.status === 404 && firstPage) return { ...base, status: 'not-served', message };
  if (response.status === 410)
    return { ...base, status: 'failed', message: `the list changed while paging (410 Gone): ${message}` };
  return { ...base, status: 'failed', message: `HTTP ${response.status}: ${message}` };
}

function pagePath(listed: ListedKind, options: ListOptions, token: string | undefined): string {
  const query = new URLSearchParams({ limit: String(options.pageSize) });
  if (token !== undefined) query.set('continue', token);
  return `${listPath(listed, options.namespace)}?${query.toString()}`;
}

/** Every page of one kind; a failure keeps what earlier pages gave and says the kind was not fully seen. */
async function listKind(get: ApiGet, listed: ListedKind, options: ListOptions): Promise<KindOutcome> {
  const objects: RawObject[] = [];
  const base = { kind: listed.kind, apiVersion: listed.apiVersion };
  let token: string | undefined;
  for (let page = 0; ; page += 1) {
    let response: ApiResponse;
    try {
      response = await get(pagePath(listed, options, token));
    } catch (error) {
      const message = errorText(error);
      return {
        entry: { ...base, status: 'failed', message, count: objects.length },
        objects,
        ...(page === 0 ? { networkError: message } : {}),
      };
    }
    if (response.status !== 200) return { entry: failedEntry(listed, response, page === 0), objects };
    let list: ApiList;
    try {
      const parsed = ApiList.safeParse(JSON.parse(response.body));
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'not a list');
      list = parsed.data;
    } catch (error) {
      const message = `unreadable answer: ${errorText(error)}`;
      return { entry: { ...base, status: 'failed', message, count: objects.length }, objects };
    }
    for (const item of list.items)
      objects.push({ kind: listed.kind, apiVersion: listed.apiVersion, object: item });
    token = list.metadata.continue;
    if (token === undefined || token === '')
      return { entry: { ...base, status: 'listed', count: objects.length }, objects };
  }
}

/** Lists every kind the rules need, all at once; the result is in the kinds' fixed order, whatever answers first. */
export async function listLive(get: ApiGet, options: ListOptions): Promise<LiveListing> {
  const outcomes = await Promise.all(listedKinds.map((listed) => listKind(get, listed, options)));
  const objects: RawObject[] = [];
  for (const outcome of outcomes) objects.push(...outcome.objects);
  const coverage = outcomes.map((outcome) => outcome.entry);
  const networkErrors = outcomes.map((outcome) => outcome.networkError);
  const allUnreachable = networkErrors.every((message) => message !== undefined);
  return {
    objects,
    coverage,
    ...(allUnreachable ? { unreachable: networkErrors[0] ?? 'no answer' } : {}),
  };
}
