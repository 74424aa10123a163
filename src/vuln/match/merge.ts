import type { StoredEntry, StoredRecord } from '../db/index.js';

/** One matching `affected[]` entry of one record, for one installed package. */
export interface Hit {
  record: StoredRecord;
  ecosystem: string;
  entry: StoredEntry;
  fixes: readonly string[];
}

/** Hits that describe the same issue: linked by a shared id, alias or upstream id. */
export interface MergedHits {
  id: string;
  aliases: string[];
  records: string[];
  hits: Hit[];
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function createUnion() {
  const parent = new Map<string, string>();
  function find(id: string): string {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  }
  function join(a: string, b: string): void {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA === rootB) return;
    // The smaller id becomes the root, so grouping does not depend on the order hits arrive in.
    if (rootA < rootB) parent.set(rootB, rootA);
    else parent.set(rootA, rootB);
  }
  return { find, join };
}

const cvePattern = /^CVE-\d{4}-\d+$/;

/**
 * Groups hits so each issue is reported once per package. The reported id is the CVE when the group has one
 * (`DEBIAN-CVE-2024-1234` and `GHSA-…` aliasing `CVE-2024-1234` both become `CVE-2024-1234`), else the smallest
 * record id; every other identifier is an alias.
 */
export function mergeHits(hits: readonly Hit[]): MergedHits[] {
  const union = createUnion();
  for (const hit of hits) for (const alias of hit.record.aliases) union.join(hit.record.id, alias);
  const groups = new Map<string, Hit[]>();
  for (const hit of hits) {
    const root = union.find(hit.record.id);
    const group = groups.get(root) ?? [];
    group.push(hit);
    groups.set(root, group);
  }
  const merged: MergedHits[] = [];
  for (const group of groups.values()) {
    const records = [...new Set(group.map((hit) => hit.record.id))].sort(byText);
    const identifiers = [...new Set(group.flatMap((hit) => [hit.record.id, ...hit.record.aliases]))].sort(
      byText,
    );
    const id = identifiers.find((candidate) => cvePattern.test(candidate)) ?? records[0] ?? '';
    merged.push({ id, aliases: identifiers.filter((candidate) => candidate !== id), records, hits: group });
  }
  return merged.sort((a, b) => byText(a.id, b.id));
}
