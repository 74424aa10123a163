import type { References, RuleMeta } from '../core/index.js';

function referenceLines(references: References): string[] {
  const lines: string[] = [];
  if (references.pss)
    lines.push(`- Pod Security Standards: ${references.pss.level}, check \`${references.pss.control}\``);
  if (references.cis?.length) lines.push(`- CIS: ${references.cis.join(', ')}`);
  if (references.hadolint?.length) lines.push(`- hadolint: ${references.hadolint.join(', ')}`);
  if (references.trivy?.length) lines.push(`- Trivy: ${references.trivy.join(', ')}`);
  if (references.mitre?.length) lines.push(`- MITRE ATT&CK: ${references.mitre.join(', ')}`);
  for (const url of references.urls ?? []) lines.push(`- <${url}>`);
  return lines;
}

/** One rule as a Markdown page: the text of `docs/rules/<ID>.md` and of `bulwark explain`. */
export function renderRuleMarkdown(rule: RuleMeta): string {
  const lines = [
    `# ${rule.id} ${rule.slug}`,
    '',
    `**${rule.title}**`,
    '',
    '| severity | domain | target | applies to | default |',
    '| --- | --- | --- | --- | --- |',
    `| ${rule.severity} | ${rule.domain} | ${rule.target} | ${rule.appliesTo.join(', ')} | ${rule.optIn ? 'opt-in' : 'on'} |`,
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
  const references = referenceLines(rule.references);
  if (references.length > 0) lines.push('## References', '', ...references, '');
  if (rule.aliases?.length) lines.push('## Aliases', '', rule.aliases.join(', '), '');
  lines.push(
    '## Suppress',
    '',
    '```',
    `# bulwark:ignore ${rule.id} reason="…" expires=YYYY-MM-DD`,
    '```',
    '',
    'This page is generated from the rule metadata by `npm run docs`.',
    '',
  );
  return lines.join('\n');
}

/** The catalogue: `bulwark rules --format markdown`. */
export function renderRuleCatalogue(rules: readonly RuleMeta[]): string {
  const lines = [
    '# Bulwark rules',
    '',
    '| id | slug | severity | title | references |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const rule of rules) {
    const refs = [
      rule.references.pss ? `PSS ${rule.references.pss.level}/${rule.references.pss.control}` : '',
      ...(rule.references.hadolint ?? []),
      ...(rule.references.trivy ?? []),
      ...(rule.references.cis ?? []).map((cis) => `CIS ${cis}`),
    ].filter((ref) => ref !== '');
    lines.push(
      `| [${rule.id}](${rule.id}.md) | ${rule.slug} | ${rule.severity} | ${rule.title}${rule.optIn ? ' (opt-in)' : ''} | ${refs.join(', ')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
