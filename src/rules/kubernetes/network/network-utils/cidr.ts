/** An IPv4 or IPv6 network: the address as a 32- or 128-bit number and the prefix length. */
export interface Cidr {
  family: 4 | 6;
  network: bigint;
  prefix: number;
  /** As written, for messages. */
  text: string;
}

export type CidrParse = { cidr: Cidr } | { error: string };

const ipv4Part = /^(?:0|[1-9]\d{0,2})$/;
const hexGroup = /^[0-9a-fA-F]{1,4}$/;

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!ipv4Part.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

function parseGroups(text: string): bigint[] | undefined {
  if (text === '') return [];
  const groups: bigint[] = [];
  const parts = text.split(':');
  for (const [index, part] of parts.entries()) {
    // An embedded IPv4 address may end the address (`::ffff:10.0.0.1`).
    if (index === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (v4 === undefined) return undefined;
      groups.push(v4 >> 16n, v4 & 0xffffn);
      continue;
    }
    if (!hexGroup.test(part)) return undefined;
    groups.push(BigInt(Number.parseInt(part, 16)));
  }
  return groups;
}

function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = parseGroups(halves[0] ?? '');
  const tail = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (head === undefined || tail === undefined) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  let value = 0n;
  for (const group of [...head, ...Array.from({ length: missing }, () => 0n), ...tail])
    value = (value << 16n) | group;
  return value;
}

/** An address without a prefix: `10.0.0.1`, `fd00::1`. */
export function parseAddress(text: string): { family: 4 | 6; value: bigint } | undefined {
  const trimmed = text.trim();
  if (trimmed.includes(':')) {
    const value = parseIpv6(trimmed);
    return value === undefined ? undefined : { family: 6, value };
  }
  const value = parseIpv4(trimmed);
  return value === undefined ? undefined : { family: 4, value };
}

function bitsOf(family: 4 | 6): number {
  return family === 4 ? 32 : 128;
}

function maskOf(family: 4 | 6, prefix: number): bigint {
  const bits = BigInt(bitsOf(family));
  const host = bits - BigInt(prefix);
  return ((1n << bits) - 1n) ^ ((1n << host) - 1n);
}

/**
 * `10.0.0.0/8`, `fd00::/8`. Host bits are cleared, as the API server's parser does (`10.0.0.1/8` is `10.0.0.0/8`);
 * a missing or out-of-range prefix is an error, as it is for the API server.
 */
export function parseCidr(text: string): CidrParse {
  const slash = text.indexOf('/');
  if (slash < 0) return { error: `"${text}" is not a CIDR: it has no /prefix` };
  const address = parseAddress(text.slice(0, slash));
  if (address === undefined)
    return { error: `"${text}" is not a CIDR: "${text.slice(0, slash)}" is not an address` };
  const prefixText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bitsOf(address.family))
    return { error: `"${text}" is not a CIDR: the prefix must be 0 to ${bitsOf(address.family)}` };
  const prefix = Number(prefixText);
  return {
    cidr: { family: address.family, network: address.value & maskOf(address.family, prefix), prefix, text },
  };
}

export function cidrContainsAddress(cidr: Cidr, family: 4 | 6, value: bigint): boolean {
  return cidr.family === family && (value & maskOf(family, cidr.prefix)) === cidr.network;
}

/** Whether `inner` lies entirely inside `outer`. */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return (
    outer.family === inner.family &&
    inner.prefix >= outer.prefix &&
    (inner.network & maskOf(outer.family, outer.prefix)) === outer.network
  );
}

/** `0.0.0.0/0` or `::/0`: every address of its family. */
export function isWholeFamily(cidr: Cidr): boolean {
  return cidr.prefix === 0;
}

/** The link-local address where cloud providers serve instance metadata (AWS, GCP, Azure, …). */
export const metadataServiceAddress = '169.254.169.254';
