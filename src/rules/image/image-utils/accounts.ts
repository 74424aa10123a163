/** One entry of `/etc/passwd`, `/etc/shadow` or `/etc/group`, with its 1-based line number. */
export interface AccountLine {
  line: number;
  fields: readonly string[];
}

/** Colon-separated entries; comments, blank lines and NIS `+`/`-` includes are skipped. */
export function accountLines(text: string): AccountLine[] {
  const lines: AccountLine[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '' || /^[#+-]/.test(line)) continue;
    lines.push({ line: index + 1, fields: line.split(':') });
  }
  return lines;
}

/** The UID `/etc/passwd` gives a user name, when the file lists it. */
export function uidOf(passwd: string | undefined, user: string): number | undefined {
  if (passwd === undefined) return undefined;
  const entry = accountLines(passwd).find((candidate) => candidate.fields[0] === user);
  const uid = entry?.fields[2];
  return uid !== undefined && /^\d+$/.test(uid) ? Number(uid) : undefined;
}
