import type { Finding, ReportError } from '../../core/index.js';
import { evaluateImage } from '../image/evaluate-image.js';
import { evaluateNode } from '../node/evaluate-node.js';
import type { AnyRule } from '../../rules/index.js';
import type { SelectedRule } from '../scan/select-rules.js';
import { evaluateHostUnits } from './evaluate-host.js';
import { hostUnits } from './host-units.js';
import { configImageRuleIds, imageViewFromInspect } from './image-view.js';
import type { HostInspection } from './inspect-host.js';

/** Node rules about Docker's own files (DH); the kernel and kubelet rules belong to `bulwark node`. */
function isDockerFileRule(selected: SelectedRule): boolean {
  return selected.rule.target === 'node' && hostJudges(selected.rule);
}

/** Whether `bulwark host` runs this rule at all (compliance must not count rules that judged nothing here). */
export function hostJudges(rule: AnyRule): boolean {
  if (rule.target === 'docker-daemon' || rule.target === 'container') return true;
  if (rule.target === 'node') return rule.id.startsWith('DH');
  return configImageRuleIds.has(rule.id);
}

/** Judges what `inspectHost` read with every selected daemon, container, Docker-file and image-config rule. */
export function evaluateHost(
  inspection: HostInspection,
  rules: readonly SelectedRule[],
  trustedRegistries: readonly string[],
): { findings: Finding[]; errors: ReportError[] } {
  const units = hostUnits(inspection.daemon, inspection.contentTrust, inspection.engine.containers);
  const evaluated = evaluateHostUnits(units.units, rules, trustedRegistries);
  const files = evaluateNode(inspection.files.view, rules.filter(isDockerFileRule));
  const findings = [...evaluated.findings, ...files.findings];
  const errors = [...units.errors, ...evaluated.errors, ...files.errors];
  const imageRules = rules.filter((selected) => configImageRuleIds.has(selected.rule.id));
  for (const image of inspection.engine.images) {
    const judged = evaluateImage(imageViewFromInspect(image), imageRules, trustedRegistries);
    findings.push(...judged.findings);
    errors.push(...judged.errors);
  }
  return { findings, errors };
}
