import { renderRuleCatalogue, renderRuleMarkdown } from '../../reporters/index.js';
import { ruleRegistry } from '../../rules/index.js';
import { exitCodes } from '../exit-codes.js';
import type { CliResult } from '../io.js';
import { UsageError } from '../io.js';

function ruleAsJson(rule: (typeof ruleRegistry.rules)[number]) {
  return {
    id: rule.id,
    slug: rule.slug,
    title: rule.title,
    severity: rule.severity,
    domain: rule.domain,
    target: rule.target,
    appliesTo: rule.appliesTo,
    optIn: rule.optIn === true,
    rationale: rule.rationale,
    remediation: rule.remediation,
    references: rule.references,
    aliases: rule.aliases ?? [],
    messages: rule.messages,
  };
}

export function runRulesCommand(format: string): CliResult {
  const rules = ruleRegistry.rules;
  switch (format) {
    case 'json':
      return {
        exitCode: exitCodes.clean,
        stdout: `${JSON.stringify(rules.map(ruleAsJson), null, 2)}\n`,
        stderr: '',
      };
    case 'markdown':
      return { exitCode: exitCodes.clean, stdout: renderRuleCatalogue(rules), stderr: '' };
    case 'table': {
      const lines = rules.map(
        (rule) => `${rule.id}  ${rule.severity.padEnd(8)} ${rule.slug}${rule.optIn ? ' (opt-in)' : ''}`,
      );
      return { exitCode: exitCodes.clean, stdout: `${lines.join('\n')}\n`, stderr: '' };
    }
    default:
      throw new UsageError(`unknown --format ${format} for rules (table, json or markdown)`);
  }
}

export function runExplainCommand(id: string): CliResult {
  const rule = ruleRegistry.find(id);
  if (rule === undefined) throw new UsageError(`no rule ${id} (see 'bulwark rules')`);
  return { exitCode: exitCodes.clean, stdout: renderRuleMarkdown(rule), stderr: '' };
}
