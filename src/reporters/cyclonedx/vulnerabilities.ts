import { Enums, Models } from '@cyclonedx/cyclonedx-library';
import type { CvssScore, Severity, VulnerabilityMatch } from '../../core/index.js';
import { packageKey } from './components.js';

const { AffectStatus, AnalysisJustification, AnalysisState, RatingMethod } = Enums.Vulnerability;

const ratingMethods: Record<CvssScore['version'], Enums.Vulnerability.RatingMethod> = {
  '2.0': RatingMethod.CVSSv2,
  '3.0': RatingMethod.CVSSv3,
  '3.1': RatingMethod.CVSSv31,
  '4.0': RatingMethod.CVSSv4,
};

const severities: Record<Severity, Enums.Vulnerability.Severity> = {
  critical: Enums.Vulnerability.Severity.Critical,
  high: Enums.Vulnerability.Severity.High,
  medium: Enums.Vulnerability.Severity.Medium,
  low: Enums.Vulnerability.Severity.Low,
  info: Enums.Vulnerability.Severity.Info,
};

/**
 * VEX justifications arrive verbatim from OpenVEX or CycloneDX documents; OpenVEX's five map onto CycloneDX's nine
 * as the CISA "minimum requirements for VEX" mapping pairs them.
 */
const justifications: Readonly<Record<string, Enums.Vulnerability.AnalysisJustification>> = {
  code_not_present: AnalysisJustification.CodeNotPresent,
  code_not_reachable: AnalysisJustification.CodeNotReachable,
  requires_configuration: AnalysisJustification.RequiresConfiguration,
  requires_dependency: AnalysisJustification.RequiresDependency,
  requires_environment: AnalysisJustification.RequiresEnvironment,
  protected_by_compiler: AnalysisJustification.ProtectedByCompiler,
  protected_at_runtime: AnalysisJustification.ProtectedAtRuntime,
  protected_at_perimeter: AnalysisJustification.ProtectedAtPerimeter,
  protected_by_mitigating_control: AnalysisJustification.ProtectedByMitigatingControl,
  component_not_present: AnalysisJustification.CodeNotPresent,
  vulnerable_code_not_present: AnalysisJustification.CodeNotPresent,
  vulnerable_code_not_in_execute_path: AnalysisJustification.CodeNotReachable,
  vulnerable_code_cannot_be_controlled_by_adversary: AnalysisJustification.RequiresEnvironment,
  inline_mitigations_already_exist: AnalysisJustification.ProtectedByMitigatingControl,
};

/** Bulwark's data comes from OSV, which serves every record id it imported (CVE, GHSA, DSA, …) under one URL. */
function osvSource(id: string): Models.Vulnerability.Source {
  return new Models.Vulnerability.Source({
    name: 'OSV',
    url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}`,
  });
}

function ratingOf(match: VulnerabilityMatch): Models.Vulnerability.Rating {
  const severity = severities[match.severity];
  if (match.cvss === undefined) return new Models.Vulnerability.Rating({ severity });
  return new Models.Vulnerability.Rating({
    score: match.cvss.baseScore,
    severity,
    method: ratingMethods[match.cvss.version],
    vector: match.cvss.vector,
  });
}

function vexDetail(match: VulnerabilityMatch): string | undefined {
  const vex = match.vex;
  if (vex === undefined) return undefined;
  const parts: string[] = [];
  if (vex.statement !== undefined && vex.statement.trim() !== '') parts.push(vex.statement.trim());
  // A justification CycloneDX has no value for is kept in words rather than dropped.
  if (vex.justification !== undefined && justifications[vex.justification] === undefined)
    parts.push(`Justification: ${vex.justification}.`);
  parts.push(`VEX document: ${vex.source}`);
  return parts.join(' ');
}

/** `exploitable` for a plain match (Bulwark found it installed), the VEX verdict when a statement covers it. */
function analysisOf(match: VulnerabilityMatch): Models.Vulnerability.Analysis {
  const vex = match.vex;
  if (vex === undefined) return new Models.Vulnerability.Analysis({ state: AnalysisState.Exploitable });
  const justification = vex.justification === undefined ? undefined : justifications[vex.justification];
  const detail = vexDetail(match);
  return new Models.Vulnerability.Analysis({
    state: vex.status === 'fixed' ? AnalysisState.Resolved : AnalysisState.NotAffected,
    ...(justification === undefined ? {} : { justification }),
    ...(detail === undefined ? {} : { detail }),
  });
}

/** One entry per match: analysis and recommendation belong to one package, so matches are not merged by id. */
export function vulnerabilityOf(
  match: VulnerabilityMatch,
  refs: ReadonlyMap<string, string>,
): Models.Vulnerability.Vulnerability {
  const vulnerability = new Models.Vulnerability.Vulnerability({
    id: match.id,
    source: osvSource(match.id),
    ...(match.summary === undefined ? {} : { description: match.summary }),
    ...(match.fixedVersion === undefined ? {} : { recommendation: `Upgrade to ${match.fixedVersion}` }),
    analysis: analysisOf(match),
  });
  const related = new Set([...match.aliases, ...match.records].filter((id) => id !== match.id));
  for (const id of [...related].sort())
    vulnerability.references.add(new Models.Vulnerability.Reference(id, osvSource(id)));
  vulnerability.ratings.add(ratingOf(match));
  const ref = refs.get(packageKey(match.package));
  if (ref !== undefined) {
    const status = match.vex === undefined ? AffectStatus.Affected : AffectStatus.Unaffected;
    const versions = new Models.Vulnerability.AffectedVersionRepository([
      new Models.Vulnerability.AffectedSingleVersion(match.installedVersion, { status }),
    ]);
    vulnerability.affects.add(new Models.Vulnerability.Affect(new Models.BomRef(ref), { versions }));
  }
  return vulnerability;
}
