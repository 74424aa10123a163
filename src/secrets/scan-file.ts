import { maskSecret, matchSecretValue } from './detect.js';
import type { FileKind } from './file-kinds.js';
import { fileKind, isSamplePath } from './file-kinds.js';
import type { LineSecret } from './line-judges.js';
import { awsSecretJudge, credentialFileJudges, entropyJudge } from './line-judges.js';
import type { SecretPattern } from './patterns.js';
import { secretPatterns } from './patterns.js';

/** A secret found in a file. `line` is 1-based; the value is already masked. */
export interface FileSecretMatch {
  line: number;
  /** Stable identifier of what was found (`private-key`, `registry-auth`, `high-entropy-secret`). */
  type: string;
  /** What to call it in a message (`private key`, `container registry credentials`). */
  kind: string;
  masked: string;
}

/** The bytes a binary sniff looks at, as `file(1)` and Git do: a NUL among them means binary. */
export const binarySniffLength = 1024;

/** Every word a secret-looking key name is built from (see `isSecretLikeName`), in one case-insensitive search. */
const secretKeyword =
  /pass|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential|bearer|session[_-]?key|signing[_-]?key|encryption[_-]?key|master[_-]?key|dsn/gi;

const gcpPattern = secretPatterns.find((pattern) => pattern.type === 'gcp-service-account');

export function isBinaryText(text: string): boolean {
  const end = Math.min(text.length, binarySniffLength);
  for (let index = 0; index < end; index += 1) if (text.charCodeAt(index) === 0) return true;
  return false;
}

/** Offsets at which each line starts; line `n` (0-based) spans `starts[n]` up to the next start. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

function lineIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function lineText(text: string, starts: readonly number[], index: number): string {
  const start = starts[index];
  if (start === undefined) return '';
  const next = starts[index + 1];
  const line = text.slice(start, next === undefined ? text.length : next - 1);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function escapeRegExp(text: string): string {
  return text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every marker of every value pattern in one search: one regular expression over the text costs a fraction of one
 * `includes` per marker, most of all on base64-heavy text where the markers' first letters are everywhere.
 */
const markerSearch = new RegExp(
  [...new Set(secretPatterns.flatMap((pattern) => pattern.markers))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|'),
  'g',
);

interface ScanPlan {
  kind: FileKind;
  /** The value patterns that apply to this file (a GCP key only where the file holds `"private_key"`). */
  patterns: readonly SecretPattern[];
  /** A GCP key file: its `private_key` line belongs to the service-account finding. */
  serviceAccount: boolean;
  /** Where a marker or a secret keyword occurs: in a generic file only these lines can hold a finding. */
  offsets: readonly number[];
}

function planScan(path: string, text: string): ScanPlan {
  const kind = fileKind(path, text);
  const serviceAccount = text.includes('"private_key"') && text.includes('"service_account"');
  const patterns = serviceAccount
    ? secretPatterns
    : secretPatterns.filter((pattern) => pattern !== gcpPattern);
  const offsets: number[] = [];
  for (const match of text.matchAll(markerSearch)) offsets.push(match.index);
  for (const match of text.matchAll(secretKeyword)) offsets.push(match.index);
  return { kind, patterns, serviceAccount, offsets };
}

/** The lines holding `offsets`, each once, in order. */
function candidateLines(starts: readonly number[], offsets: readonly number[]): number[] {
  const lines = new Set<number>();
  for (const offset of offsets) lines.add(lineIndexAt(starts, offset));
  return [...lines].sort((a, b) => a - b);
}

/** Matches that are a header (`-----BEGIN RSA PRIVATE KEY-----`, `"type": "service_account"`), not the secret. */
const headerTypes: ReadonlySet<string> = new Set(['private-key', 'putty-private-key', 'gcp-service-account']);

/** A header names the key and reveals nothing: it identifies the finding better than a masked prefix. */
function headerText(match: string): string {
  return match
    .replaceAll(/-{3,}|"|:$/g, '')
    .replaceAll(/\s*:\s*/g, ': ')
    .trim();
}

function valueJudge(line: string, plan: ScanPlan): LineSecret | undefined {
  const candidates = plan.patterns.filter((pattern) =>
    pattern.markers.some((marker) => line.includes(marker)),
  );
  if (candidates.length === 0) return undefined;
  const found = matchSecretValue(line, candidates);
  if (found === undefined) return undefined;
  const { type, description } = found.pattern;
  if (type === 'private-key' && plan.serviceAccount && line.includes('"private_key"')) return undefined;
  const shown = headerTypes.has(type) ? headerText(found.secret) : undefined;
  return { type, kind: description, secret: found.secret, ...(shown === undefined ? {} : { shown }) };
}

function judgeLine(line: string, plan: ScanPlan): LineSecret | undefined {
  if (plan.kind !== 'generic') {
    const known = credentialFileJudges[plan.kind](line);
    if (known !== undefined) return known;
  }
  return (
    awsSecretJudge(line) ??
    valueJudge(line, plan) ??
    (plan.kind === 'generic' ? entropyJudge(line) : undefined)
  );
}

function masked(found: LineSecret): string {
  return found.shown ?? maskSecret(found.secret);
}

const keyMaterial = /[A-Za-z0-9+/=]{16,}/;
const encryptedPemHeader = /^(?:Proc-Type|DEK-Info):/;

/**
 * A PEM header followed by key material, on the next line or after an escaped newline (`"-----BEGIN …-----\nMIIE…"`
 * in JSON). A header alone is a constant in code or a sentence in documentation, not a key.
 */
function hasKeyMaterial(line: string, next: string): boolean {
  const header = line.indexOf('PRIVATE KEY');
  const rest = line.slice(header + 'PRIVATE KEY'.length).replace(/^(?: BLOCK)?-+/, '');
  if (keyMaterial.test(rest.replaceAll(/\\[nr]/g, ' '))) return true;
  const following = next.trim().replace(/^["'`]/, '');
  return encryptedPemHeader.test(following) || keyMaterial.test(following.slice(0, 64));
}

/**
 * Secrets in the text of one file, one finding per line at most, sorted by line. Knows credential file formats by
 * name and content (`.npmrc`, `.docker/config.json`, kubeconfigs, `.env`, …), finds value-shaped credentials
 * anywhere, and generated-looking values under secret-looking keys. Binary content, test suites, examples and
 * templates yield nothing (docs/secrets.md).
 */
export function findSecretsInFile(path: string, text: string): FileSecretMatch[] {
  if (text.length === 0 || isBinaryText(text) || isSamplePath(path)) return [];
  const plan = planScan(path, text);
  if (plan.kind === 'generic' && plan.offsets.length === 0) return [];
  const starts = lineStarts(text);
  const lines =
    plan.kind === 'generic' ? candidateLines(starts, plan.offsets) : starts.map((_, index) => index);
  const found: FileSecretMatch[] = [];
  for (const index of lines) {
    const line = lineText(text, starts, index);
    const secret = judgeLine(line, plan);
    if (secret === undefined) continue;
    if (secret.type === 'private-key' && !hasKeyMaterial(line, lineText(text, starts, index + 1))) continue;
    found.push({ line: index + 1, type: secret.type, kind: secret.kind, masked: masked(secret) });
  }
  return found;
}
