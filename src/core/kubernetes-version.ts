/** A Kubernetes minor release, e.g. 1.35. Only major 1 exists; the minor decides every versioned behaviour. */
export interface KubernetesVersion {
  major: 1;
  minor: number;
}

/** The newest release the Pod Security table in this version of Bulwark knows. */
export const latestKubernetesVersion: KubernetesVersion = { major: 1, minor: 37 };
export const oldestKubernetesVersion: KubernetesVersion = { major: 1, minor: 0 };

const versionPattern = /^v?1\.(?<minor>\d{1,3})(?:\.\d+)?$/;

/** Parses `1.30`, `v1.30` or `1.30.2`; `latest` means the newest known. Returns undefined when unreadable. */
export function parseKubernetesVersion(text: string): KubernetesVersion | undefined {
  const trimmed = text.trim();
  if (trimmed === 'latest') return latestKubernetesVersion;
  const match = versionPattern.exec(trimmed);
  const minor = match?.groups?.['minor'];
  if (minor === undefined) return undefined;
  return { major: 1, minor: Number(minor) };
}

export function isAtLeastVersion(version: KubernetesVersion, minor: number): boolean {
  return version.minor >= minor;
}

export function formatKubernetesVersion(version: KubernetesVersion): string {
  return `1.${version.minor}`;
}
