import type { KubernetesVersion, PssEvaluation, PssLevel } from '../../core/index.js';
import { isPssLevel, latestKubernetesVersion, parseKubernetesVersion } from '../../core/index.js';
import type { ScanUnit } from './units.js';

const enforceLabel = 'pod-security.kubernetes.io/enforce';
const enforceVersionLabel = 'pod-security.kubernetes.io/enforce-version';

export interface NamespacePolicy {
  level: PssLevel;
  version: KubernetesVersion;
}

/** Reads the enforce labels of every Namespace object among the units, as the admission controller would. */
export function namespacePolicies(units: readonly ScanUnit[]): Map<string, NamespacePolicy> {
  const policies = new Map<string, NamespacePolicy>();
  for (const unit of units) {
    if (unit.resource.kind !== 'Namespace') continue;
    const view = unit.views['kubernetes-object'];
    const labels = view?.object.metadata?.labels;
    const level = labels?.[enforceLabel];
    if (level === undefined || !isPssLevel(level)) continue;
    const versionText = labels?.[enforceVersionLabel];
    const version =
      (versionText === undefined ? undefined : parseKubernetesVersion(versionText)) ??
      latestKubernetesVersion;
    policies.set(unit.resource.name, { level, version });
  }
  return policies;
}

export interface PssSettings {
  cli?: { level?: PssLevel; version?: KubernetesVersion };
  config?: { level?: PssLevel; version?: KubernetesVersion };
}

/** Precedence: `--pss` on the command line, then the Namespace's enforce label, then `.bulwark.yaml`, then all checks. */
export function pssFor(
  namespace: string | undefined,
  settings: PssSettings,
  namespaces: ReadonlyMap<string, NamespacePolicy>,
): PssEvaluation {
  const defaultVersion = settings.cli?.version ?? settings.config?.version ?? latestKubernetesVersion;
  if (settings.cli?.level !== undefined)
    return { level: settings.cli.level, version: defaultVersion, origin: 'cli' };
  const labelled = namespaces.get(namespace ?? 'default');
  if (labelled !== undefined)
    return { level: labelled.level, version: labelled.version, origin: 'namespace-label' };
  if (settings.config?.level !== undefined)
    return { level: settings.config.level, version: defaultVersion, origin: 'config' };
  return { level: 'all', version: defaultVersion, origin: 'default' };
}
