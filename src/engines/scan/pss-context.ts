import type { KubernetesVersion, PssEvaluation, PssLevel } from '../../core/index.js';
import { isPssLevel, latestKubernetesVersion } from '../../core/index.js';
import type { ScanUnit } from './units.js';

const enforceLabel = 'pod-security.kubernetes.io/enforce';
const enforceVersionLabel = 'pod-security.kubernetes.io/enforce-version';

export interface NamespacePolicy {
  level: PssLevel;
  /** `latest` means the newest version the judging cluster knows: `--k8s-version`, the config, or Bulwark's newest. */
  version: KubernetesVersion | 'latest';
}

// Pod Security Admission accepts only `latest` or `v1.N` (no patch, no missing `v`); anything else means latest.
const enforceVersionPattern = /^v1\.(?<minor>0|[1-9]\d*)$/;

function enforceVersion(text: string | undefined): KubernetesVersion | 'latest' {
  const minor = text === undefined ? undefined : enforceVersionPattern.exec(text)?.groups?.['minor'];
  return minor === undefined ? 'latest' : { major: 1, minor: Number(minor) };
}

/** The admission controller of release N never applies rules newer than N, whatever the label asks for. */
function capVersion(requested: KubernetesVersion | 'latest', cluster: KubernetesVersion): KubernetesVersion {
  if (requested === 'latest' || requested.minor > cluster.minor) return cluster;
  return requested;
}

/**
 * Reads the enforce labels of every Namespace object among the units, as the admission controller would: an
 * unreadable level label enforces restricted, an unreadable or missing version label means latest.
 */
export function namespacePolicies(units: readonly ScanUnit[]): Map<string, NamespacePolicy> {
  const policies = new Map<string, NamespacePolicy>();
  for (const unit of units) {
    if (unit.resource.kind !== 'Namespace') continue;
    const view = unit.views['kubernetes-object'];
    const labels = view?.object.metadata?.labels;
    const levelText = labels?.[enforceLabel];
    if (levelText === undefined) continue;
    const level: PssLevel = isPssLevel(levelText) ? levelText : 'restricted';
    policies.set(unit.resource.name, { level, version: enforceVersion(labels?.[enforceVersionLabel]) });
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
    return {
      level: labelled.level,
      version: capVersion(labelled.version, defaultVersion),
      origin: 'namespace-label',
    };
  if (settings.config?.level !== undefined)
    return { level: settings.config.level, version: defaultVersion, origin: 'config' };
  return { level: 'all', version: defaultVersion, origin: 'default' };
}
