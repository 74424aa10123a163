import { z } from 'zod';
import type { IntegrityChange } from './view.js';

export const nodeBaselineSchemaVersion = 1;

const BaselineEntry = z.strictObject({
  path: z.string().startsWith('/'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  mode: z.string().regex(/^[0-7]{4}$/),
});
export type BaselineEntry = z.infer<typeof BaselineEntry>;

/** The integrity baseline file: what `--write-baseline` records and `--baseline` compares with. */
export const NodeBaseline = z.strictObject({
  schemaVersion: z.literal(nodeBaselineSchemaVersion),
  kind: z.literal('bulwark-node-baseline'),
  files: z.array(BaselineEntry),
});
export type NodeBaseline = z.infer<typeof NodeBaseline>;

function byPath(a: BaselineEntry, b: BaselineEntry): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Serialised with sorted entries and no timestamp, so the same node always writes the same bytes. */
export function renderBaseline(entries: readonly BaselineEntry[]): string {
  const baseline: NodeBaseline = {
    schemaVersion: nodeBaselineSchemaVersion,
    kind: 'bulwark-node-baseline',
    files: [...entries].sort(byPath),
  };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

export type ParsedBaseline = { ok: true; baseline: NodeBaseline } | { ok: false; message: string };

export function parseBaseline(text: string): ParsedBaseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = NodeBaseline.safeParse(value);
  if (parsed.success) return { ok: true, baseline: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue === undefined ? '' : issue.path.map(String).join('.');
  return {
    ok: false,
    message: `not a node baseline: ${where === '' ? '' : `${where}: `}${issue?.message ?? ''}`,
  };
}

/** Every difference between the baseline and what is on the node now, sorted by path. */
export function compareWithBaseline(
  baseline: readonly BaselineEntry[],
  current: readonly BaselineEntry[],
): IntegrityChange[] {
  const now = new Map(current.map((entry) => [entry.path, entry]));
  const before = new Map(baseline.map((entry) => [entry.path, entry]));
  const changes: IntegrityChange[] = [];
  for (const expected of baseline) {
    const actual = now.get(expected.path);
    if (actual === undefined) {
      changes.push({ change: 'removed', path: expected.path, expected: expected.sha256 });
      continue;
    }
    if (actual.sha256 !== expected.sha256)
      changes.push({
        change: 'content',
        path: expected.path,
        expected: expected.sha256,
        actual: actual.sha256,
      });
    if (actual.mode !== expected.mode)
      changes.push({
        change: 'mode',
        path: expected.path,
        expected: parseInt(expected.mode, 8),
        actual: parseInt(actual.mode, 8),
      });
  }
  for (const actual of current)
    if (!before.has(actual.path)) changes.push({ change: 'added', path: actual.path, actual: actual.sha256 });
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.change < b.change ? -1 : 1));
}
