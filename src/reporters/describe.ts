import type { Finding, Location, References, ResourceRef, RuleMeta, Severity } from '../core/index.js';
import { severityRank } from '../core/index.js';

/** Where Bulwark lives on the web; SARIF, HTML and the docs link here. */
export const projectUrl = 'https://bulwark.dev';

/** The published page of one rule, generated from the same metadata as `docs/rules/<ID>.md`. */
export function ruleHelpUri(ruleId: string): string {
  return `${projectUrl}/rules/${encodeURIComponent(ruleId)}`;
}

/** `Kind/namespace/name`, or `Kind/name` when the resource has no namespace. */
export function resourceLabel(resource: ResourceRef): string {
  return resource.namespace === undefined
    ? `${resource.kind}/${resource.name}`
    : `${resource.kind}/${resource.namespace}/${resource.name}`;
}

/** `file:line:column`, shortened to what the location knows. */
export function locationLabel(location: Location): string {
  const file = location.file ?? '(no file)';
  if (location.startLine === undefined) return file;
  if (location.startColumn === undefined) return `${file}:${location.startLine}`;
  return `${file}:${location.startLine}:${location.startColumn}`;
}

export function rulesById(rules: readonly RuleMeta[]): ReadonlyMap<string, RuleMeta> {
  const byId = new Map<string, RuleMeta>();
  for (const rule of rules) byId.set(rule.id, rule);
  return byId;
}

export interface ReferenceEntry {
  label: string;
  url?: string;
}

const pssUrl = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/';

function mitreUrl(technique: string): string | undefined {
  const match = /^T(?<id>\d{4})(?:\.(?<sub>\d{3}))?$/.exec(technique);
  if (match?.groups === undefined) return undefined;
  const { id, sub } = match.groups;
  return `https://attack.mitre.org/techniques/T${id}/${sub === undefined ? '' : `${sub}/`}`;
}

function hadolintUrl(code: string): string | undefined {
  return /^(?:DL|SC)\d{4}$/.test(code) ? `https://github.com/hadolint/hadolint/wiki/${code}` : undefined;
}

function isWebUrl(url: string): boolean {
  return URL.canParse(url) && ['http:', 'https:'].includes(new URL(url).protocol);
}

function entry(label: string, url: string | undefined): ReferenceEntry {
  return url === undefined ? { label } : { label, url };
}

/** Every reference as a label and, where one is known, a link; one order for every format. */
export function referenceEntries(references: References): ReferenceEntry[] {
  const entries: ReferenceEntry[] = [];
  if (references.pss)
    entries.push(
      entry(
        `Pod Security Standards (${references.pss.level}): ${references.pss.control}`,
        `${pssUrl}#${references.pss.level}`,
      ),
    );
  for (const id of references.cis ?? []) entries.push({ label: `CIS ${id}` });
  for (const id of references.hadolint ?? []) entries.push(entry(`hadolint ${id}`, hadolintUrl(id)));
  for (const id of references.trivy ?? []) entries.push({ label: `Trivy ${id}` });
  for (const id of references.mitre ?? []) entries.push(entry(`MITRE ATT&CK ${id}`, mitreUrl(id)));
  for (const url of references.urls ?? []) {
    if (entries.some((known) => known.url === url)) continue;
    // Only web links become links; anything else (a `javascript:` URL, a typo) stays inert text.
    entries.push(isWebUrl(url) ? { label: url, url } : { label: url });
  }
  return entries;
}

/** A reference in plain text: the label, then the link when there is one. */
export function referenceText(ref: ReferenceEntry): string {
  if (ref.url === undefined || ref.url === ref.label) return ref.label;
  return `${ref.label} (${ref.url})`;
}

/** A reference as a Markdown list item body. */
export function referenceMarkdown(ref: ReferenceEntry): string {
  if (ref.url === undefined) return ref.label;
  if (ref.url === ref.label) return `<${ref.url}>`;
  return `[${ref.label}](${ref.url})`;
}

/**
 * The highest severity among a rule's findings (severity overrides in the config apply to findings), or the rule
 * default when it has none: consumers that read one score per rule (GitHub's `security-severity`) then rank the rule
 * as the user configured it.
 */
export function effectiveSeverity(rule: Pick<RuleMeta, 'severity'>, findings: readonly Finding[]): Severity {
  let best: Severity | undefined;
  for (const finding of findings)
    if (best === undefined || severityRank(finding.severity) > severityRank(best)) best = finding.severity;
  return best ?? rule.severity;
}
