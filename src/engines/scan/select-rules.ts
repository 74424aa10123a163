import type { Registry, Severity } from '../../core/index.js';
import type { AnyRule } from '../../rules/index.js';
import type { Config } from '../config/schema.js';

export interface SelectedRule {
  rule: AnyRule;
  severity: Severity;
}

export interface RuleSelection {
  /** `--rule`: run only these (opt-in rules included). */
  only: readonly string[];
  /** `--skip-rule`. */
  skip: readonly string[];
}

export interface SelectedRules {
  rules: SelectedRule[];
  unknownIds: string[];
}

function settingFor(config: Config, rule: AnyRule): Config['rules'][string] | undefined {
  for (const key of [rule.id, rule.slug, ...(rule.aliases ?? [])]) {
    const setting = config.rules[key];
    if (setting !== undefined) return setting;
  }
  return undefined;
}

function enabledBy(setting: Config['rules'][string] | undefined): boolean | undefined {
  if (setting === undefined) return undefined;
  if (typeof setting === 'boolean') return setting;
  if (setting === 'on' || setting === 'off') return setting === 'on';
  return setting.enabled;
}

/** Applies `--rule`, `--skip-rule`, opt-in defaults and `.bulwark.yaml` on/off and severity overrides. */
export function selectRules(
  registry: Registry<AnyRule>,
  selection: RuleSelection,
  config: Config,
): SelectedRules {
  const unknownIds = [...selection.only, ...selection.skip, ...Object.keys(config.rules)].filter(
    (id) => registry.find(id) === undefined,
  );
  const only = selection.only.map((id) => registry.find(id)?.id);
  const skip = new Set(selection.skip.map((id) => registry.find(id)?.id));
  const rules: SelectedRule[] = [];
  for (const rule of registry.rules) {
    const setting = settingFor(config, rule);
    const enabledInConfig = enabledBy(setting);
    if (skip.has(rule.id)) continue;
    if (only.length > 0 && !only.includes(rule.id)) continue;
    if (only.length === 0 && (enabledInConfig ?? !rule.optIn) === false) continue;
    const override = typeof setting === 'object' ? setting.severity : undefined;
    rules.push({ rule, severity: (override as Severity | undefined) ?? rule.severity });
  }
  return { rules, unknownIds };
}
