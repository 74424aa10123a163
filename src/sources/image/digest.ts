/** A content digest Bulwark accepts: the two algorithms the OCI image spec registers, in canonical lower-case hex. */
export interface ParsedDigest {
  algorithm: 'sha256' | 'sha512';
  hex: string;
}

const digestPattern = /^(?<algorithm>sha256|sha512):(?<hex>[0-9a-f]+)$/;
const hexLength = { sha256: 64, sha512: 128 } as const;

/**
 * Parses `sha256:<64 hex>` or `sha512:<128 hex>`; anything else is undefined. Blob paths are built from the result,
 * so a digest that could name a path outside the blob store (`sha256:../../x`) never gets that far.
 */
export function parseDigest(digest: string): ParsedDigest | undefined {
  const match = digestPattern.exec(digest);
  const algorithm = match?.groups?.['algorithm'];
  const hex = match?.groups?.['hex'];
  if (hex === undefined || (algorithm !== 'sha256' && algorithm !== 'sha512')) return undefined;
  if (hex.length !== hexLength[algorithm]) return undefined;
  return { algorithm, hex };
}

export function shortDigest(digest: string): string {
  const parsed = parseDigest(digest);
  return parsed === undefined ? digest : `${parsed.algorithm}:${parsed.hex.slice(0, 12)}`;
}
