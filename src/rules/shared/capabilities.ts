/**
 * Docker, Compose and the container runtimes accept `SYS_ADMIN`, `sys_admin` and `CAP_SYS_ADMIN` alike. (Pod
 * Security admission compares names exactly as written; its checks keep their own list.)
 */
export function normalizeCapability(name: string): string {
  const upper = name.trim().toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice('CAP_'.length) : upper;
}

export type CapabilityRisk = 'critical' | 'high';

/**
 * Capabilities that open a path to the host or to other containers, none of them in Docker's default set except
 * NET_RAW (which Pod Security Baseline still forbids). `critical` ones amount to privileged mode on their own.
 */
export const dangerousCapabilities: ReadonlyMap<string, CapabilityRisk> = new Map<string, CapabilityRisk>([
  ['ALL', 'critical'],
  ['SYS_ADMIN', 'critical'],
  ['SYS_MODULE', 'critical'],
  ['SYS_RAWIO', 'high'],
  ['SYS_PTRACE', 'high'],
  ['DAC_READ_SEARCH', 'high'],
  ['NET_ADMIN', 'high'],
  ['NET_RAW', 'high'],
  ['BPF', 'high'],
  ['PERFMON', 'high'],
  ['SYS_BOOT', 'high'],
  ['SYS_TIME', 'high'],
  ['MAC_ADMIN', 'high'],
  ['MAC_OVERRIDE', 'high'],
  ['SYSLOG', 'high'],
  ['LINUX_IMMUTABLE', 'high'],
]);

/** How dangerous an added capability is, whatever its spelling; undefined for the harmless ones. */
export function capabilityRisk(name: string): CapabilityRisk | undefined {
  return dangerousCapabilities.get(normalizeCapability(name));
}
