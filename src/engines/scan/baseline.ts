import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Finding } from '../../core/index.js';

const BaselineFile = z.object({
  schemaVersion: z.literal(1),
  fingerprints: z.array(z.string()),
});

export type BaselineRead = { ok: true; fingerprints: Set<string> } | { ok: false; message: string };

export async function readBaseline(file: string): Promise<BaselineRead> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { ok: false, message: 'cannot read baseline file' };
  }
  try {
    const parsed = BaselineFile.safeParse(JSON.parse(text));
    if (!parsed.success)
      return {
        ok: false,
        message: 'not a Bulwark baseline (expected {"schemaVersion":1,"fingerprints":[…]})',
      };
    return { ok: true, fingerprints: new Set(parsed.data.fingerprints) };
  } catch {
    return { ok: false, message: 'baseline is not valid JSON' };
  }
}

/** Baselines hold fingerprints only (never lines), so they survive edits that move findings. */
export function renderBaseline(findings: readonly Finding[]): string {
  const fingerprints = [
    ...new Set(findings.filter((finding) => finding.status === 'fail').map((finding) => finding.fingerprint)),
  ].sort();
  return `${JSON.stringify({ schemaVersion: 1, fingerprints }, null, 2)}\n`;
}

export async function writeBaseline(file: string, findings: readonly Finding[]): Promise<void> {
  await writeFile(file, renderBaseline(findings));
}

export function withoutBaselined(findings: readonly Finding[], baseline: ReadonlySet<string>): Finding[] {
  return findings.filter((finding) => !baseline.has(finding.fingerprint));
}
