/** `Debian:12` → `Debian`, `Red Hat:enterprise_linux:9::appstream` → `Red Hat`, `npm` → `npm`. */
export function baseEcosystem(ecosystem: string): string {
  const colon = ecosystem.indexOf(':');
  return colon === -1 ? ecosystem : ecosystem.slice(0, colon);
}

/** PEP 503: lower case, and every run of `-`, `_` and `.` becomes one `-`. */
export function normalisePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * The name a package is stored and looked up under. Only PyPI names have a normal form (PEP 503); every other
 * ecosystem compares names exactly as its registry spells them.
 */
export function normalisePackageName(ecosystem: string, name: string): string {
  return baseEcosystem(ecosystem) === 'PyPI' ? normalisePythonName(name) : name;
}

/**
 * The key records are looked up by. Red Hat scopes each record to a product stream and a repository
 * (`Red Hat:enterprise_linux:9::appstream`); an image does not say which repository a package came from, so the
 * repository part is dropped and every repository of the stream is searched at once. Every other ecosystem is its
 * own scope.
 */
export function matchScope(ecosystem: string): string {
  if (baseEcosystem(ecosystem) !== 'Red Hat') return ecosystem;
  const repository = ecosystem.indexOf('::');
  return repository === -1 ? ecosystem : ecosystem.slice(0, repository);
}
