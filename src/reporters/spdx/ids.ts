/** SPDX element ids are `SPDXRef-` followed by letters, digits, `.` and `-` only (SPDX 2.3 clause 7.2). */
function sanitize(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
  return cleaned === '' ? 'x' : cleaned;
}

/** Hands out readable ids, unique within one document: a repeat gets `-2`, `-3`, … in order of request. */
export class SpdxIds {
  private readonly taken = new Set<string>();

  next(...parts: string[]): string {
    const base = `SPDXRef-${parts.map(sanitize).join('-')}`;
    let id = base;
    for (let counter = 2; this.taken.has(id); counter += 1) id = `${base}-${counter}`;
    this.taken.add(id);
    return id;
  }
}
