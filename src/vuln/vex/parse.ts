import type { z } from 'zod';
import type { CycloneDxVexDocument, OpenVexProduct, OpenVexStatement } from './schema.js';
import { CycloneDxVexDocument as CycloneDxSchema, OpenVexDocument as OpenVexSchema } from './schema.js';

export type VexStatus = 'not_affected' | 'affected' | 'fixed' | 'under_investigation';

/** One VEX statement, the same whichever format it came from. */
export interface VexStatement {
  /** The vulnerability id and every alias the statement gives. */
  vulnerabilities: readonly string[];
  /** Package identifiers (purls, or bom-refs that are not purls) the statement covers; empty means every package. */
  products: readonly string[];
  status: VexStatus;
  justification?: string;
  statement?: string;
}

export interface VexDocument {
  /** Where it came from (a file name), reported with each suppression. */
  source: string;
  format: 'openvex' | 'cyclonedx';
  statements: readonly VexStatement[];
}

export type VexParseResult = { ok: true; document: VexDocument } | { ok: false; error: string };

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(document)'}: ${issue.message}`)
    .join('; ');
}

/** `https://nvd.nist.gov/vuln/detail/CVE-2023-1234` names CVE-2023-1234. */
function vulnerabilityName(text: string): string {
  const slash = text.lastIndexOf('/');
  return text.includes('://') && slash !== -1 ? text.slice(slash + 1) : text;
}

function componentIds(component: OpenVexProduct): string[] {
  if (typeof component === 'string') return [component];
  const ids: string[] = [];
  if (component['@id'] !== undefined) ids.push(component['@id']);
  if (component.identifiers?.purl !== undefined) ids.push(component.identifiers.purl);
  return ids;
}

/**
 * A product with subcomponents covers those subcomponents. An image (`pkg:oci/…`) named without subcomponents is the
 * image as a whole: the statement covers every package in it.
 */
function openVexProducts(statement: OpenVexStatement): string[] | undefined {
  const covered: string[] = [];
  for (const id of (statement.subcomponents ?? []).flatMap(componentIds)) covered.push(id);
  for (const product of statement.products ?? []) {
    const subcomponents = typeof product === 'string' ? [] : (product.subcomponents ?? []);
    if (subcomponents.length > 0) {
      covered.push(...subcomponents.flatMap(componentIds));
      continue;
    }
    const ids = componentIds(product);
    if (ids.some((id) => id.startsWith('pkg:oci/'))) return undefined;
    covered.push(...ids);
  }
  return covered;
}

function fromOpenVex(statements: readonly OpenVexStatement[]): VexStatement[] {
  return statements.map((statement) => {
    const vulnerability = statement.vulnerability;
    const names =
      typeof vulnerability === 'string'
        ? [vulnerability]
        : [vulnerability.name, vulnerability['@id'], ...(vulnerability.aliases ?? [])].filter(
            (name): name is string => name !== undefined,
          );
    const text = statement.impact_statement ?? statement.status_notes;
    return {
      vulnerabilities: [...new Set(names.map(vulnerabilityName))],
      products: openVexProducts(statement) ?? [],
      status: statement.status,
      ...(statement.justification === undefined ? {} : { justification: statement.justification }),
      ...(text === undefined ? {} : { statement: text }),
    };
  });
}

const cycloneDxStatus: Record<string, VexStatus> = {
  not_affected: 'not_affected',
  false_positive: 'not_affected',
  resolved: 'fixed',
  resolved_with_pedigree: 'fixed',
  exploitable: 'affected',
  in_triage: 'under_investigation',
};

type CycloneDxComponentTree = NonNullable<CycloneDxVexDocument['components']>;

function collectPurls(components: CycloneDxComponentTree, into: Map<string, string>): void {
  for (const component of components) {
    if (component['bom-ref'] !== undefined && component.purl !== undefined)
      into.set(component['bom-ref'], component.purl);
    collectPurls(component.components ?? [], into);
  }
}

/** `urn:cdx:<serial>/<version>#<bom-ref>` points into another BOM; the part after `#` is the bom-ref there. */
function resolveRef(ref: string, purls: ReadonlyMap<string, string>): string {
  const hash = ref.startsWith('urn:cdx:') ? ref.indexOf('#') : -1;
  const local = hash === -1 ? ref : decodeURIComponent(ref.slice(hash + 1));
  return purls.get(local) ?? local;
}

function fromCycloneDx(document: CycloneDxVexDocument): VexStatement[] {
  const purls = new Map<string, string>();
  collectPurls(document.components ?? [], purls);
  if (document.metadata?.component !== undefined) collectPurls([document.metadata.component], purls);
  return document.vulnerabilities.map((vulnerability) => {
    const state = vulnerability.analysis?.state;
    const status =
      state === undefined ? 'under_investigation' : (cycloneDxStatus[state] ?? 'under_investigation');
    const justification =
      vulnerability.analysis?.justification ?? (state === 'false_positive' ? state : undefined);
    const detail = vulnerability.analysis?.detail;
    return {
      vulnerabilities: [
        vulnerability.id,
        ...(vulnerability.references ?? []).map((reference) => reference.id),
      ],
      products: (vulnerability.affects ?? []).map((affect) => resolveRef(affect.ref, purls)),
      status,
      ...(justification === undefined ? {} : { justification }),
      ...(detail === undefined ? {} : { statement: detail }),
    };
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses an OpenVEX or CycloneDX VEX document (the format is recognised from its content). */
export function parseVexDocument(text: string, source: string): VexParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${source}: not JSON (${error instanceof Error ? error.message : error})` };
  }
  if (!isObject(json)) return { ok: false, error: `${source}: a VEX document is a JSON object` };
  const context = json['@context'];
  if ((typeof context === 'string' && context.includes('openvex')) || Array.isArray(json.statements)) {
    const parsed = OpenVexSchema.safeParse(json);
    if (!parsed.success)
      return { ok: false, error: `${source}: not OpenVEX: ${describeIssues(parsed.error)}` };
    return {
      ok: true,
      document: { source, format: 'openvex', statements: fromOpenVex(parsed.data.statements) },
    };
  }
  if (json.bomFormat === 'CycloneDX' || Array.isArray(json.vulnerabilities)) {
    const parsed = CycloneDxSchema.safeParse(json);
    if (!parsed.success)
      return { ok: false, error: `${source}: not a CycloneDX VEX document: ${describeIssues(parsed.error)}` };
    return { ok: true, document: { source, format: 'cyclonedx', statements: fromCycloneDx(parsed.data) } };
  }
  return {
    ok: false,
    error: `${source}: neither OpenVEX (statements[]) nor CycloneDX VEX (vulnerabilities[])`,
  };
}
