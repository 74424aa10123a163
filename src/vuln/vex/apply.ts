import type { VexSuppression, VulnerabilityMatch } from '../../core/index.js';
import type { VexDocument, VexStatement } from './parse.js';
import { productCovers } from './purl.js';

function identifiersOf(match: Pick<VulnerabilityMatch, 'id' | 'aliases' | 'records'>): Set<string> {
  return new Set([match.id, ...match.aliases, ...match.records].map((id) => id.toUpperCase()));
}

function applies(statement: VexStatement, identifiers: ReadonlySet<string>, purl: string): boolean {
  if (!statement.vulnerabilities.some((name) => identifiers.has(name.toUpperCase()))) return false;
  return (
    statement.products.length === 0 || statement.products.some((product) => productCovers(product, purl))
  );
}

/**
 * What the VEX documents say about one match. Documents are read in order and statements in order; the last
 * statement that names the vulnerability (by id or any alias) and the package decides. `not_affected` and `fixed`
 * suppress the match; `affected` and `under_investigation` leave it reported.
 */
export function vexVerdict(
  match: Pick<VulnerabilityMatch, 'id' | 'aliases' | 'records' | 'package'>,
  documents: readonly VexDocument[],
): VexSuppression | undefined {
  const identifiers = identifiersOf(match);
  let verdict: VexSuppression | undefined;
  for (const document of documents) {
    for (const statement of document.statements) {
      if (!applies(statement, identifiers, match.package.purl)) continue;
      if (statement.status !== 'not_affected' && statement.status !== 'fixed') {
        verdict = undefined;
        continue;
      }
      verdict = {
        source: document.source,
        status: statement.status,
        ...(statement.justification === undefined ? {} : { justification: statement.justification }),
        ...(statement.statement === undefined ? {} : { statement: statement.statement }),
      };
    }
  }
  return verdict;
}

/** Sets `vex` on every match a VEX statement suppresses; the matches stay, to be reported as suppressed. */
export function applyVex(
  matches: readonly VulnerabilityMatch[],
  documents: readonly VexDocument[],
): VulnerabilityMatch[] {
  if (documents.length === 0) return [...matches];
  return matches.map((match) => {
    const vex = vexVerdict(match, documents);
    return vex === undefined ? match : { ...match, vex };
  });
}
