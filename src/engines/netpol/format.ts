import type { ReportError } from '../../core/index.js';
import type { PortSet } from '../../rules/kubernetes/network/network-utils/ports.js';
import { formatPorts } from '../../rules/kubernetes/network/network-utils/ports.js';
import type { PairEnd, ReachQuery, ReachResult } from './reach.js';

function endText(end: PairEnd): string {
  return 'address' in end ? end.address : `${end.namespace}/${end.name}`;
}

function endJson(end: PairEnd) {
  return 'address' in end ? { address: end.address } : end;
}

function portsJson(ports: PortSet) {
  return ports === 'all'
    ? 'all'
    : ports.map((range) => ({ protocol: range.protocol, from: range.from, to: range.to }));
}

/** The answer as JSON (schemaVersion 1): pairs in order, ports as `"all"` or ranges, approximate answers with reasons. */
export function reachJson(query: ReachQuery, result: ReachResult, errors: readonly ReportError[]): string {
  const document = {
    schemaVersion: 1,
    query: {
      from: query.from ?? '*',
      to: query.to ?? '*',
      ...(query.port === undefined ? {} : { port: query.port }),
    },
    pairs: result.pairs.map((pair) => ({
      from: endJson(pair.from),
      to: endJson(pair.to),
      allowed: pair.allowed,
      ports: portsJson(pair.ports),
      approximate: pair.approximate,
      reasons: pair.reasons,
    })),
    summary: {
      pairs: result.pairs.length,
      allowed: result.pairs.filter((pair) => pair.allowed).length,
      approximate: result.pairs.filter((pair) => pair.approximate).length,
    },
    notes: result.notes,
    errors,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/**
 * The answer as a table: one row per pair, `~N` after the ports of an approximate answer, its reasons listed under
 * the table by number.
 */
export function reachTable(result: ReachResult, errors: readonly ReportError[]): string {
  const reasonNumbers = new Map<string, number>();
  const rows = result.pairs.map((pair) => {
    let marker = '';
    if (pair.approximate) {
      const key = pair.reasons.join('\n');
      let number = reasonNumbers.get(key);
      if (number === undefined) {
        number = reasonNumbers.size + 1;
        reasonNumbers.set(key, number);
      }
      marker = ` ~${number}`;
    }
    return [endText(pair.from), endText(pair.to), `${formatPorts(pair.ports)}${marker}`];
  });
  const header = ['FROM', 'TO', 'PORTS'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : pad(cell, widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const out: string[] = [];
  if (rows.length === 0) out.push('no pairs match --from and --to');
  else out.push(line(header), ...rows.map(line));
  const allowed = result.pairs.filter((pair) => pair.allowed).length;
  const approximate = result.pairs.filter((pair) => pair.approximate).length;
  out.push('', `${result.pairs.length} pairs, ${allowed} allowed, ${approximate} approximate`);
  for (const [key, number] of reasonNumbers) {
    out.push(`~${number} approximate:`);
    for (const reason of key.split('\n')) out.push(`    ${reason}`);
  }
  for (const note of result.notes) out.push(`note: ${note}`);
  for (const error of errors) out.push(`error: ${error.file}:${error.line}: ${error.message}`);
  return `${out.join('\n')}\n`;
}
