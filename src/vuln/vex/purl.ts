import { PackageURL } from 'packageurl-js';

interface PurlKey {
  type: string;
  namespace: string;
  name: string;
  version?: string;
}

function keyOf(text: string): PurlKey | undefined {
  if (!text.startsWith('pkg:')) return undefined;
  try {
    const purl = PackageURL.fromString(text);
    return {
      type: purl.type.toLowerCase(),
      namespace: purl.namespace ?? '',
      name: purl.name,
      ...(purl.version === undefined || purl.version === '' ? {} : { version: purl.version }),
    };
  } catch {
    return undefined;
  }
}

/**
 * Whether a VEX product identifier names this package. Purls are compared by type, namespace, name and version, with
 * qualifiers (`arch`, `distro`) and subpath ignored; a product purl without a version covers every version. Any other
 * identifier (a bom-ref) must equal the package purl exactly.
 */
export function productCovers(product: string, packagePurl: string): boolean {
  if (product === packagePurl) return true;
  const wanted = keyOf(product);
  const actual = keyOf(packagePurl);
  if (wanted === undefined || actual === undefined) return false;
  return (
    wanted.type === actual.type &&
    wanted.namespace === actual.namespace &&
    wanted.name === actual.name &&
    (wanted.version === undefined || wanted.version === actual.version)
  );
}
