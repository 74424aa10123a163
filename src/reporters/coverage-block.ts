import type { CoverageEntry, Report } from '../core/index.js';
import { showControlCharacters as clean } from './control-characters.js';

function label(entry: CoverageEntry): string {
  const count = entry.count === undefined ? '' : ` ${entry.count}`;
  return `${entry.kind}${count}`;
}

/**
 * What a cluster audit saw, for the table: the kinds listed with their counts on one line, the kinds the cluster
 * does not serve on another, then the kinds that could not be read, one line per reason.
 */
export function coverageBlock(report: Report): string[] {
  const coverage = report.coverage;
  if (coverage === undefined || coverage.length === 0) return [];
  const listed = coverage.filter((entry) => entry.status === 'listed');
  const notServed = coverage.filter((entry) => entry.status === 'not-served');
  const gaps = coverage.filter((entry) => entry.status === 'forbidden' || entry.status === 'failed');
  const lines = ['Coverage'];
  if (listed.length > 0) lines.push(`  listed      ${clean(listed.map(label).join(', '))}`);
  if (notServed.length > 0)
    lines.push(
      `  not served  ${clean(notServed.map((entry) => `${entry.kind} (${entry.apiVersion})`).join(', '))}`,
    );
  // One line per reason: an unreachable cluster fails every kind the same way.
  const byReason = new Map<string, CoverageEntry[]>();
  for (const entry of gaps) {
    const reason = `${entry.status}\u0000${entry.message ?? ''}`;
    byReason.set(reason, [...(byReason.get(reason) ?? []), entry]);
  }
  for (const entries of byReason.values()) {
    const [first] = entries;
    if (first === undefined) continue;
    const kinds =
      entries.length === coverage.length
        ? `every kind (${entries.length})`
        : entries.map((entry) => `${entry.kind} (${entry.apiVersion})`).join(', ');
    const reason = first.message === undefined ? '' : `: ${first.message}`;
    lines.push(`  ${first.status.padEnd(10)}  ${clean(`${kinds}${reason}`)}`);
  }
  if (gaps.length > 0) lines.push('  incomplete: objects of these kinds were not seen, so not judged');
  lines.push('');
  return lines;
}
