import type { Domain, RuleMeta } from '../core/index.js';
import { domains } from '../core/index.js';
import { referenceEntries, referenceMarkdown } from './describe.js';

const domainTitles: Record<Domain, string> = {
  dockerfile: 'Dockerfile',
  compose: 'Compose and docker run',
  'kubernetes-workload': 'Kubernetes workloads',
  'kubernetes-rbac': 'Kubernetes RBAC',
  'kubernetes-network': 'Kubernetes network and exposure',
  'kubernetes-config': 'Kubernetes control plane and node configuration',
  image: 'Images',
  daemon: 'Docker host and daemon',
  vulnerability: 'Vulnerabilities',
  runtime: 'Runtime detection',
};

/** A table cell: pipes and line breaks would end the cell or the row. */
function cell(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll(/\r?\n/g, ' ');
}

function referenceLines(rule: RuleMeta): string[] {
  return referenceEntries(rule.references).map((ref) => `- ${referenceMarkdown(ref)}`);
}

function suppressLines(rule: RuleMeta): string[] {
  const comment = `# bulwark:ignore ${rule.id} reason="…" expires=YYYY-MM-DD`;
  if (rule.target === 'dockerfile')
    return ['On the line before the instruction:', '', '```dockerfile', comment, '```'];
  const noComments: Partial<Record<RuleMeta['target'], string>> = {
    image: 'An image has no comments to carry a suppression.',
    node: "A node's files are judged as they are, with no comments to carry a suppression.",
    'docker-daemon': 'daemon.json is JSON, which has no comments to carry a suppression.',
  };
  const why = noComments[rule.target];
  if (why !== undefined) {
    const lines = [
      `${why} Turn the rule off for a project in \`.bulwark.yaml\`:`,
      '',
      '```yaml',
      'rules:',
      `  ${rule.id}: off`,
      '```',
      '',
      `or for one run with \`--skip-rule ${rule.id}\`; \`--baseline\` keeps known findings out of the report.`,
    ];
    if (rule.domain === 'vulnerability')
      lines.push(
        '',
        'A VEX document (`--vex FILE`, OpenVEX or CycloneDX) whose statement says `not_affected` for the vulnerability and package marks the finding suppressed with its justification.',
      );
    return lines;
  }
  const lines = ['On the line before the YAML node:', '', '```yaml', comment, '```'];
  if (rule.target === 'pod-spec' || rule.target === 'kubernetes-object')
    lines.push(
      '',
      'or on the Kubernetes object:',
      '',
      '```yaml',
      'metadata:',
      '  annotations:',
      `    bulwark.dev/ignore: "${rule.id} -- reason"`,
      '```',
    );
  return lines;
}

/** One rule as a Markdown page: the text of `docs/rules/<ID>.md` and of `bulwark explain`. */
export function renderRuleMarkdown(rule: RuleMeta): string {
  const lines = [
    `# ${rule.id} ${rule.slug}`,
    '',
    `**${rule.title}**`,
    '',
    '| Severity | Domain | Target | Applies to | Default |',
    '| --- | --- | --- | --- | --- |',
    `| ${rule.severity} | ${rule.domain} | ${rule.target} | ${cell(rule.appliesTo.join(', '))} | ${rule.optIn ? 'opt-in' : 'on'} |`,
    '',
    '## Why',
    '',
    rule.rationale,
    '',
    '## How to fix',
    '',
    rule.remediation,
    '',
    '## Messages',
    '',
    ...Object.entries(rule.messages).map(([id, text]) => `- \`${id}\`: ${String(text)}`),
    '',
  ];
  const references = referenceLines(rule);
  if (references.length > 0) lines.push('## References', '', ...references, '');
  if (rule.aliases?.length) lines.push('## Aliases', '', rule.aliases.join(', '), '');
  lines.push('## Suppress', '', ...suppressLines(rule), '');
  return lines.join('\n');
}

function catalogueReferences(rule: RuleMeta): string {
  const refs = [
    rule.references.pss ? `PSS ${rule.references.pss.level}/${rule.references.pss.control}` : '',
    ...(rule.references.hadolint ?? []),
    ...(rule.references.trivy ?? []),
    ...(rule.references.cis ?? []).map((cis) => `CIS ${cis}`),
  ].filter((ref) => ref !== '');
  return cell(refs.join(', '));
}

/** The catalogue, one table per domain: `bulwark rules --format markdown` and `docs/rules/README.md`. */
export function renderRuleCatalogue(rules: readonly RuleMeta[]): string {
  const optIn = rules.filter((rule) => rule.optIn).length;
  const lines = [
    '# Bulwark rules',
    '',
    `${rules.length} rule${rules.length === 1 ? '' : 's'}, ${optIn} of them opt-in. \`bulwark explain <ID>\` prints a rule's page.`,
  ];
  for (const domain of domains) {
    const inDomain = rules.filter((rule) => rule.domain === domain);
    if (inDomain.length === 0) continue;
    lines.push(
      '',
      `## ${domainTitles[domain]}`,
      '',
      '| ID | Slug | Severity | Title | References |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const rule of inDomain)
      lines.push(
        `| [${rule.id}](${rule.id}.md) | ${rule.slug} | ${rule.severity} | ${cell(rule.title)}${rule.optIn ? ' (opt-in)' : ''} | ${catalogueReferences(rule)} |`,
      );
  }
  return `${lines.join('\n')}\n`;
}

export interface GeneratedDoc {
  /** File name inside `docs/rules/`. */
  name: string;
  content: string;
}

const generatedBanner =
  '<!-- Generated from the rule metadata by `npm run docs`; edit the rule, not this file. -->\n\n';

/** Every file `docs/rules/` should hold, in name order: the catalogue and one page per rule. */
export function ruleDocFiles(rules: readonly RuleMeta[]): GeneratedDoc[] {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [
    { name: 'README.md', content: generatedBanner + renderRuleCatalogue(sorted) },
    ...sorted.map((rule) => ({ name: `${rule.id}.md`, content: generatedBanner + renderRuleMarkdown(rule) })),
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
