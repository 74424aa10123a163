import type { CvssScore, Severity } from '../../core/index.js';
import { severityRank } from '../../core/index.js';
import { parseCvss, severityFromScore } from '../cvss/index.js';
import type { StoredEntry, StoredRecord } from '../db/index.js';

export interface ChosenSeverity {
  severity: Severity;
  cvss?: CvssScore;
}

/**
 * CVSS versions in order of preference. v3.x first because nearly every record has one and its scores compare
 * across records; v4.0 next (still rare, and its scores run differently); v2 last.
 */
const cvssPreference: readonly (readonly CvssScore['version'][])[] = [['3.1', '3.0'], ['4.0'], ['2.0']];

/** GHSA `database_specific.severity`, and the word scale Ubuntu puts in `severity[]` (type `Ubuntu`). */
const wordSeverity: Record<string, Severity> = {
  critical: 'critical',
  high: 'high',
  moderate: 'medium',
  medium: 'medium',
  low: 'low',
  negligible: 'low',
};

/**
 * Debian tracker urgencies (a trailing `*` only marks the urgency as unconfirmed). `unimportant` still counts as
 * low rather than info: the issue exists in the package, Debian judged it not worth a security update.
 * `not yet assigned` and `end-of-life` say nothing about the issue itself and fall through.
 */
const debianUrgency: Record<string, Severity> = {
  unimportant: 'low',
  low: 'low',
  medium: 'medium',
  high: 'high',
};

/** When nothing in any record rates the issue. */
export const fallbackSeverity: Severity = 'medium';

/** A database repeats the same few thousand vectors across many records; each is scored once. */
const scoredVectors = new Map<string, CvssScore | undefined>();

function scoreOf(vector: string): CvssScore | undefined {
  if (scoredVectors.has(vector)) return scoredVectors.get(vector);
  const score = parseCvss(vector);
  scoredVectors.set(vector, score);
  return score;
}

function bestCvss(vectors: readonly string[]): CvssScore | undefined {
  const scores: CvssScore[] = [];
  for (const vector of vectors) {
    const score = scoreOf(vector);
    if (score !== undefined) scores.push(score);
  }
  for (const versions of cvssPreference) {
    const candidates = scores
      .filter((score) => versions.includes(score.version))
      .sort((a, b) => b.baseScore - a.baseScore || (a.vector < b.vector ? -1 : a.vector > b.vector ? 1 : 0));
    if (candidates[0] !== undefined) return candidates[0];
  }
  return undefined;
}

function highest(severities: readonly Severity[]): Severity | undefined {
  let best: Severity | undefined;
  for (const severity of severities)
    if (best === undefined || severityRank(severity) > severityRank(best)) best = severity;
  return best;
}

function fromWords(
  words: readonly (string | undefined)[],
  scale: Record<string, Severity>,
): Severity | undefined {
  const severities: Severity[] = [];
  for (const word of words) {
    const severity =
      word === undefined ? undefined : scale[word.trim().replace(/\*+$/, '').trim().toLowerCase()];
    if (severity !== undefined) severities.push(severity);
  }
  return highest(severities);
}

/**
 * The severity of one merged vulnerability, from every record that matched and the affected entries that matched:
 * the highest CVSS base score of the preferred version, else the advisory database's word (GHSA, Ubuntu), else the
 * Debian urgency, else medium.
 */
export function chooseSeverity(
  records: readonly StoredRecord[],
  entries: readonly StoredEntry[],
): ChosenSeverity {
  const ratings = [
    ...records.flatMap((record) => record.severity),
    ...entries.flatMap((entry) => entry.severity),
  ];
  const cvss = bestCvss(
    ratings.filter((rating) => rating.type.startsWith('CVSS')).map((rating) => rating.score),
  );
  if (cvss !== undefined) return { severity: severityFromScore(cvss.baseScore, cvss.version), cvss };
  const advisory = fromWords(
    [
      ...records.map((record) => record.databaseSeverity),
      ...ratings.filter((rating) => rating.type === 'Ubuntu').map((rating) => rating.score),
    ],
    wordSeverity,
  );
  if (advisory !== undefined) return { severity: advisory };
  const urgency = fromWords(
    entries.map((entry) => entry.urgency),
    debianUrgency,
  );
  return { severity: urgency ?? fallbackSeverity };
}
