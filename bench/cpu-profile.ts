import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// Reads a V8 `.cpuprofile` (what `node --cpu-prof` writes) and ranks functions by self time.

const CallFrame = z.object({
  functionName: z.string(),
  url: z.string(),
  lineNumber: z.number(),
  columnNumber: z.number(),
});

export const CpuProfile = z.object({
  nodes: z.array(z.object({ id: z.number(), callFrame: CallFrame })),
  startTime: z.number(),
  endTime: z.number(),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});
export type CpuProfile = z.infer<typeof CpuProfile>;

export interface HotSpot {
  name: string;
  /** `file:line` (1-based, in the compiled JavaScript), relative to the repository when inside it. */
  location: string;
  selfMs: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: HotSpot[];
  /** Self time grouped by package (`node_modules/NAME`) or by folder of Bulwark's own compiled code. */
  areas: HotSpot[];
}

function displayUrl(url: string, repoRoot: string): string {
  if (url === '') return '';
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const modules = file.lastIndexOf('/node_modules/');
  if (modules >= 0) return file.slice(modules + 1);
  const relative = path.relative(repoRoot, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

function areaOf(location: string, name: string): string {
  if (location === '') return name.startsWith('(') ? name : '(native)';
  const modules = /node_modules\/(?<package>@[^/]+\/[^/]+|[^/]+)/.exec(location);
  if (modules?.groups?.['package'] !== undefined) return `node_modules/${modules.groups['package']}`;
  if (location.startsWith('node:')) return 'node: built-ins';
  return location.split('/').slice(0, 3).join('/');
}

function ranked(
  totals: Map<string, { name: string; location: string; selfMs: number }>,
  totalMs: number,
  count: number,
): HotSpot[] {
  return [...totals.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, count)
    .map((entry) => ({ ...entry, share: totalMs === 0 ? 0 : entry.selfMs / totalMs }));
}

interface Totals {
  byFunction: Map<string, { name: string; location: string; selfMs: number }>;
  byArea: Map<string, { name: string; location: string; selfMs: number }>;
  totalMs: number;
}

function add(totals: Totals, profile: CpuProfile, repoRoot: string, match: string): void {
  const frames = new Map<number, z.infer<typeof CallFrame>>();
  for (const node of profile.nodes) frames.set(node.id, node.callFrame);
  let time = profile.startTime;
  const stamps = profile.timeDeltas.map((delta) => (time += delta));
  for (const [index, id] of profile.samples.entries()) {
    const frame = frames.get(id);
    const start = stamps[index] ?? profile.endTime;
    const end = stamps[index + 1] ?? profile.endTime;
    const ms = Math.max(0, end - start) / 1000;
    if (frame === undefined) continue;
    totals.totalMs += ms;
    const name = frame.functionName === '' ? '(anonymous)' : frame.functionName;
    const file = displayUrl(frame.url, repoRoot);
    const location = file === '' ? '' : `${file}:${frame.lineNumber + 1}`;
    if (location.includes(match)) {
      const key = `${name}\0${location}`;
      const entry = totals.byFunction.get(key) ?? { name, location, selfMs: 0 };
      entry.selfMs += ms;
      totals.byFunction.set(key, entry);
    }
    const area = areaOf(file, name);
    const areaEntry = totals.byArea.get(area) ?? { name: area, location: '', selfMs: 0 };
    areaEntry.selfMs += ms;
    totals.byArea.set(area, areaEntry);
  }
}

/**
 * Self time per function over all profiles (node writes one per thread, so a scan that uses a worker gives two).
 * Each sample lasts until the next one, as Chrome DevTools counts it.
 */
export function summariseProfiles(
  profiles: readonly CpuProfile[],
  repoRoot: string,
  count: number,
  /** Keep only functions whose location contains this text in the function ranking (areas stay complete). */
  match = '',
): ProfileSummary {
  const totals: Totals = { byFunction: new Map(), byArea: new Map(), totalMs: 0 };
  for (const profile of profiles) add(totals, profile, repoRoot, match);
  return {
    totalMs: totals.totalMs,
    functions: ranked(totals.byFunction, totals.totalMs, count),
    areas: ranked(totals.byArea, totals.totalMs, 12),
  };
}
