export interface SecurityOption {
  /** Lower-cased option name: `seccomp`, `apparmor`, `label`, `no-new-privileges`, `systempaths`. */
  key: string;
  /** Lower-cased value; undefined for a bare option such as `no-new-privileges`. */
  value?: string;
}

const separator = /[:=]/;

/** Docker takes both `key:value` and `key=value`; only the first separator splits (`label:type:spc_t`). */
export function parseSecurityOption(entry: string): SecurityOption {
  const trimmed = entry.trim().toLowerCase();
  const at = trimmed.search(separator);
  if (at < 0) return { key: trimmed };
  return { key: trimmed.slice(0, at).trim(), value: trimmed.slice(at + 1).trim() };
}
