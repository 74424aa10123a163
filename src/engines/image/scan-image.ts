import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  Finding,
  ImageSummary,
  Inventory,
  PackageRecord,
  ReportError,
  ReportTarget,
  Severity,
  VulnerabilityMatch,
} from '../../core/index.js';
import { ruleRegistry } from '../../rules/index.js';
import type { ImageView } from '../../sources/index.js';
import { emptyImageFileFacts } from '../../sources/index.js';
import type { ImageReadProblem } from '../../sources/image/walk-layer.js';
import { packageInspection, resolveInventory } from '../../sources/image/packages/index.js';
import { parseSbom } from '../../sources/sbom/parse.js';
import type { VexDocument } from '../../vuln/index.js';
import { databaseStatus, matchInventory, openDatabase, parseVexDocument } from '../../vuln/index.js';
import type { Config } from '../config/schema.js';
import type { RuleSelection } from '../scan/select-rules.js';
import { selectRules } from '../scan/select-rules.js';
import type { ImageSuppressor } from './evaluate-image.js';
import { evaluateImage } from './evaluate-image.js';
import { factsInspection, resolveFacts } from './facts/index.js';
import type { ImageReadOptions, ReadImage } from './read/read-image.js';
import { readImageFromPath } from './read/read-image.js';
import { readImageFromEngine, readImageFromRegistry } from './remote/index.js';
import { classifyTarget } from './target.js';

/** A problem that stops the whole image scan (no database, an unreadable VEX file): exit code 2, nothing else. */
export class ImageScanError extends Error {}

export interface ImageSourceRequest {
  target: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
  now: Date;
  platform?: string;
  insecureRegistry: boolean;
}

export interface ImageScanRequest extends Omit<ImageSourceRequest, 'target'> {
  target?: string;
  /** Scan the packages of an existing SBOM instead of an image. */
  sbomFile?: string;
  vulnerabilities: boolean;
  databasePath: string;
  ignoreUnfixed: boolean;
  vexFiles: readonly string[];
  config: Config;
  selection: RuleSelection;
  severities?: readonly Severity[];
}

export interface ImageExtras {
  image?: ImageSummary;
  packages: PackageRecord[];
  vulnerabilities?: VulnerabilityMatch[];
  notes: string[];
}

export interface ImageScanResult {
  targets: ReportTarget[];
  findings: Finding[];
  errors: ReportError[];
  extras: ImageExtras;
  unknownRuleIds: string[];
}

const inspections = { packages: packageInspection, facts: factsInspection };
type ImageInspections = typeof inspections;

async function readTarget(request: ImageSourceRequest): Promise<ReadImage<ImageInspections>> {
  const target = await classifyTarget(request.target, request.cwd);
  const options: ImageReadOptions = request.platform === undefined ? {} : { platform: request.platform };
  switch (target.kind) {
    case 'engine':
      return readImageFromEngine(request.target, inspections, { ...options, env: request.env });
    case 'path':
      return readImageFromPath(target.path, inspections, {
        ...options,
        ...(target.tag === undefined ? {} : { tag: target.tag }),
      });
    case 'registry':
      return readImageFromRegistry(target.reference, inspections, {
        ...options,
        insecure: request.insecureRegistry,
        environment: { env: request.env, homeDir: request.homedir },
      });
  }
}

function toReportError(reference: string, problem: ImageReadProblem): ReportError {
  const where = [
    problem.layer === undefined ? undefined : `layer ${problem.layer}`,
    problem.entry === undefined ? undefined : `entry ${problem.entry}`,
  ].filter((part) => part !== undefined);
  return {
    file: reference,
    line: 0,
    message: where.length === 0 ? problem.message : `${where.join(', ')}: ${problem.message}`,
  };
}

interface ReadInventory {
  read: ReadImage<ImageInspections>;
  inventory: Inventory;
  notes: string[];
  errors: ReportError[];
}

async function readInventory(request: ImageSourceRequest): Promise<ReadInventory> {
  const read = await readTarget(request);
  const resolved = resolveInventory(read.results.packages, read.view);
  const errors = read.errors.map((problem) => toReportError(request.target, problem));
  // The report names the image as the user wrote it, not as the reader resolved it.
  const os = resolved.inventory.os;
  read.summary = { ...read.summary, reference: request.target, ...(os === undefined ? {} : { os }) };
  return { read, inventory: resolved.inventory, notes: [...read.notes, ...resolved.notes], errors };
}

/** `bulwark sbom`: the inventory of one image, nothing judged. */
export async function inventoryImage(request: ImageSourceRequest): Promise<ImageScanResult> {
  const { read, inventory, notes, errors } = await readInventory(request);
  return {
    targets: [{ type: 'image', path: request.target }],
    findings: [],
    errors,
    extras: { image: read.summary, packages: inventory.packages, notes },
    unknownRuleIds: [],
  };
}

async function readVex(files: readonly string[]): Promise<VexDocument[]> {
  const documents: VexDocument[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'error';
      throw new ImageScanError(`--vex ${path.basename(file)}: cannot read (${code})`);
    }
    const parsed = parseVexDocument(text, path.basename(file));
    if (!parsed.ok) throw new ImageScanError(`--vex ${path.basename(file)}: ${parsed.error}`);
    documents.push(parsed.document);
  }
  return documents;
}

interface Matching {
  matches?: VulnerabilityMatch[];
  notes: string[];
}

function checkDatabase(request: ImageScanRequest): string[] {
  const status = databaseStatus(request.databasePath, request.now);
  if (!status.exists)
    throw new ImageScanError(
      `no vulnerability database at ${request.databasePath}: run 'bulwark db update', or 'bulwark db import ZIP|DIR' on a machine without network (or scan with --no-vulnerabilities)`,
    );
  if (status.problem !== undefined)
    throw new ImageScanError(`vulnerability database ${request.databasePath}: ${status.problem}`);
  if (!status.stale) return [];
  return [
    `the vulnerability database is ${status.ageDays ?? '?'} days old (over 7): run 'bulwark db update' for current data`,
  ];
}

function matchVulnerabilities(request: ImageScanRequest, inventory: Inventory, vex: VexDocument[]): Matching {
  if (!request.vulnerabilities) return { notes: [] };
  const notes = checkDatabase(request);
  const database = openDatabase(request.databasePath);
  try {
    const result = matchInventory(inventory, database, { ignoreUnfixed: request.ignoreUnfixed, vex });
    return { matches: result.matches, notes: [...notes, ...result.notes] };
  } finally {
    database.close();
  }
}

const emptyRuntimeConfig = { env: [], exposedPorts: [], labels: {} } as const;

/** VEX statements keep the finding but mark it suppressed with their justification, like any suppression. */
function vexSuppressor(matches: readonly VulnerabilityMatch[]): ImageSuppressor {
  const byKey = new Map<string, VulnerabilityMatch>();
  for (const match of matches)
    if (match.vex !== undefined)
      byKey.set(`${match.id}\u0000${match.package.file}\u0000${match.installedVersion}`, match);
  return (ruleId, violation) => {
    if (ruleId !== 'VL001' || byKey.size === 0) return undefined;
    const match = byKey.get(
      `${String(violation.data?.['id'])}\u0000${violation.filePath ?? ''}\u0000${String(violation.data?.['installed'])}`,
    );
    if (match?.vex === undefined || !String(violation.data?.['package']).endsWith(match.package.name))
      return undefined;
    const reason = [match.vex.status, match.vex.justification, match.vex.statement]
      .filter((part) => part !== undefined)
      .join(': ');
    return { source: 'vex', reason: `${match.vex.source}: ${reason}` };
  };
}

/** `bulwark image`: reads the image once, then audits config, files, secrets, packages and vulnerabilities. */
export async function scanImage(request: ImageScanRequest): Promise<ImageScanResult> {
  const selected = selectRules(ruleRegistry, request.selection, request.config);
  const vex = await readVex(request.vexFiles);
  if (request.vulnerabilities) checkDatabase(request);
  let view: ImageView;
  let errors: ReportError[];
  let notes: string[];
  let inventory: Inventory;
  let reference: string;
  if (request.sbomFile !== undefined) {
    reference = path.relative(request.cwd, request.sbomFile) || request.sbomFile;
    const text = await readFile(request.sbomFile, 'utf8').catch((error: unknown) => {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'error';
      throw new ImageScanError(`--sbom ${reference}: cannot read (${code})`);
    });
    const parsed = parseSbom(text, reference);
    inventory = parsed.inventory;
    errors = parsed.errors.map((error) => ({ file: reference, ...error }));
    notes = parsed.skipped.map((entry) => `${reference}:${entry.line}: ${entry.message}`);
    const image: ImageSummary = {
      reference,
      layers: [],
      ...(inventory.os === undefined ? {} : { os: inventory.os }),
    };
    view = {
      resource: { kind: 'SBOM', name: reference, source: { file: reference }, doc: image },
      image,
      config: emptyRuntimeConfig,
      history: [],
      files: emptyImageFileFacts,
      vulnerabilities: [],
    };
  } else {
    const target = request.target ?? '';
    reference = target;
    const read = await readInventory({ ...request, target });
    inventory = read.inventory;
    errors = read.errors;
    notes = read.notes;
    view = {
      resource: { kind: 'Image', name: target, source: { file: target }, doc: read.read.summary },
      image: read.read.summary,
      config: read.read.config,
      history: read.read.history,
      files: resolveFacts(read.read.results.facts, read.read.view),
      vulnerabilities: [],
    };
  }
  const matching = matchVulnerabilities(request, inventory, vex);
  view = { ...view, vulnerabilities: matching.matches ?? [] };
  // An SBOM holds no config or files to audit: only the vulnerability rules judge it.
  const rules = selected.rules.filter(
    (rule) =>
      rule.rule.target === 'image' &&
      (request.sbomFile === undefined || rule.rule.domain === 'vulnerability'),
  );
  const evaluation = evaluateImage(
    view,
    rules,
    request.config.trustedRegistries ?? [],
    vexSuppressor(view.vulnerabilities),
  );
  let findings = evaluation.findings;
  const wanted = request.severities;
  if (wanted !== undefined) findings = findings.filter((finding) => wanted.includes(finding.severity));
  return {
    targets: [{ type: 'image', path: reference }],
    findings,
    errors: [...errors, ...evaluation.errors],
    extras: {
      image: view.image,
      packages: inventory.packages,
      ...(matching.matches === undefined ? {} : { vulnerabilities: matching.matches }),
      notes: [...notes, ...matching.notes],
    },
    unknownRuleIds: selected.unknownIds,
  };
}
