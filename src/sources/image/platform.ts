import type { Platform } from './schema.js';

/** A platform in canonical form: `linux/amd64`, `linux/arm64/v8`, `linux/arm/v7`. */
export interface PlatformSpec {
  os: string;
  architecture: string;
  variant?: string;
}

const architectureAliases: Readonly<Record<string, string>> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armhf: 'arm',
  armel: 'arm',
  i686: '386',
  i386: '386',
};

// The variant an architecture has when none is written: `linux/arm64` and `linux/arm64/v8` are the same platform.
const defaultVariants: Readonly<Record<string, string>> = { arm64: 'v8', arm: 'v7', amd64: 'v1' };

/** Parses `os/arch[/variant]`; undefined when the text is not of that shape. */
export function parsePlatform(text: string): PlatformSpec | undefined {
  const parts = text.trim().toLowerCase().split('/');
  const [os, architecture, variant, extra] = parts;
  if (os === undefined || architecture === undefined || extra !== undefined) return undefined;
  if (os === '' || architecture === '' || variant === '') return undefined;
  return normalisePlatform({ os, architecture, ...(variant === undefined ? {} : { variant }) });
}

export function normalisePlatform(platform: PlatformSpec | Platform): PlatformSpec {
  const os = platform.os.toLowerCase();
  const architecture =
    architectureAliases[platform.architecture.toLowerCase()] ?? platform.architecture.toLowerCase();
  const variant = platform.variant?.toLowerCase() || defaultVariants[architecture];
  return { os, architecture, ...(variant === undefined ? {} : { variant }) };
}

export function platformMatches(wanted: PlatformSpec, candidate: PlatformSpec | Platform): boolean {
  const normal = normalisePlatform(candidate);
  const want = normalisePlatform(wanted);
  return (
    normal.os === want.os && normal.architecture === want.architecture && normal.variant === want.variant
  );
}

/** `linux/amd64`, `linux/arm64/v8`: the default variant of amd64 (`v1`) is left out, as users write it. */
export function formatPlatform(platform: PlatformSpec | Platform): string {
  const normal = normalisePlatform(platform);
  const showVariant =
    normal.variant !== undefined && !(normal.architecture === 'amd64' && normal.variant === 'v1');
  return [normal.os, normal.architecture, ...(showVariant && normal.variant ? [normal.variant] : [])].join(
    '/',
  );
}

/** The platform read when an index offers several and the user chose none; fixed, so output never depends on the host. */
export const defaultPlatform: PlatformSpec = { os: 'linux', architecture: 'amd64', variant: 'v1' };
