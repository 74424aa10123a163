const octalEscape = /\\(?<code>[0-7]{3})/g;

/** Mount points of `/proc/mounts` (second field, with the kernel's `\040` escapes undone). */
export function mountPoints(text: string): string[] {
  const points: string[] = [];
  for (const line of text.split('\n')) {
    const field = line.trim().split(/\s+/)[1];
    if (field === undefined) continue;
    points.push(field.replace(octalEscape, (_whole, code: string) => String.fromCharCode(parseInt(code, 8))));
  }
  return points;
}

/** Group ids by name from `/etc/group` (`name:x:gid:members`); malformed lines are skipped. */
export function groupIds(text: string): Record<string, number> {
  const groups: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const [name, , gid] = line.split(':');
    if (name === undefined || name === '' || gid === undefined || !/^\d+$/.test(gid)) continue;
    if (!(name in groups)) groups[name] = Number(gid);
  }
  return groups;
}

/** A kernel built with seccomp shows a `Seccomp:` line in every process status. */
export function statusHasSeccomp(text: string): boolean {
  return /^Seccomp:\s*\d/m.test(text);
}

/** `/sys/kernel/security/lsm`: comma-separated, in load order. */
export function lsmList(text: string): string[] {
  return text
    .trim()
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/**
 * An EFI variable file holds 4 attribute bytes, then the value; SecureBoot's value is one byte, 1 when enforced.
 * Undefined when the file is too short to say.
 */
export function secureBootEnabled(bytes: Uint8Array): boolean | undefined {
  const value = bytes[4];
  return value === undefined ? undefined : value === 1;
}

/** AppArmor's `enabled` parameter reads `Y` when the module is active. */
export function apparmorEnabled(text: string): boolean {
  return text.trim().toUpperCase().startsWith('Y');
}
