import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { importDatabase, matchInventory, openDatabase } from '../../src/vuln/index.js';
import { createRng } from '../corpus/prng.js';
import { benchInventory, benchRecord } from './corpus.js';
import { createZipWriter } from './zip-writer.js';

export interface VulnBenchResult {
  records: number;
  packages: number;
  /** Reading the archive and building the database file. */
  importMs: number;
  /** Opening the database and matching the whole inventory. */
  matchMs: number;
  /** CPU time (user + system, all threads) of the import and of the matching: steadier than wall time on a busy machine. */
  importCpuMs: number;
  matchCpuMs: number;
  matches: number;
  maxRssKiB?: number;
}

const recordCount = 100_000;
const packageCount = 10_000;

function writeArchive(file: string): void {
  const rng = createRng('vuln-bench/records');
  const zip = createZipWriter(file);
  for (let index = 0; index < recordCount; index += 1) {
    const record = benchRecord(rng, index);
    zip.add(`${record.id}.json`, Buffer.from(record.text));
  }
  zip.close();
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Generates 100,000 OSV records (seeded, identical on every run) into an OSV-style zip, imports it, and matches a
 * 10,000-package inventory against the result. Only the import and the matching are timed.
 */
export async function benchVulnMatching(scratchDir: string): Promise<VulnBenchResult> {
  await mkdir(scratchDir, { recursive: true });
  const archive = path.join(scratchDir, 'bench-all.zip');
  const databasePath = path.join(scratchDir, 'bench-vulndb.sqlite');
  writeArchive(archive);
  const inventory = benchInventory(createRng('vuln-bench/packages'), packageCount);

  const importCpu = process.cpuUsage();
  const importStart = performance.now();
  const imported = await importDatabase({
    source: archive,
    databasePath,
    now: new Date('2026-01-01T00:00:00Z'),
    mode: 'replace',
  });
  const importMs = performance.now() - importStart;
  const importCpuMs = cpuMsSince(importCpu);
  if (imported.errors.length > 0)
    throw new Error(`bench records failed to import: ${imported.errors[0]?.message}`);

  const matchCpu = process.cpuUsage();
  const matchStart = performance.now();
  const database = openDatabase(databasePath);
  let matches: number;
  try {
    matches = matchInventory(inventory, database).matches.length;
  } finally {
    database.close();
  }
  const matchMs = performance.now() - matchStart;
  const matchCpuMs = cpuMsSince(matchCpu);
  return {
    records: imported.records,
    packages: inventory.packages.length,
    importMs,
    matchMs,
    importCpuMs,
    matchCpuMs,
    matches,
    maxRssKiB: process.resourceUsage().maxRSS,
  };
}
