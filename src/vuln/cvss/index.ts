/**
 * CVSS base scores from vector strings (v2, v3.0, v3.1, v4.0) and the severity a score stands for. The arithmetic
 * is `ae-cvss-calculator`'s; this module decides what a well-formed vector is, so a malformed one yields
 * `undefined` instead of a half-computed score.
 */
import calculator from 'ae-cvss-calculator';
import type { CvssScore } from '../../core/vulnerability.js';
import type { Severity } from '../../core/severity.js';
import { cvssMetricSets } from './metrics.js';
import { readCvssVector } from './vector.js';
import type { CvssVector } from './vector.js';

export type { CvssVersion } from './metrics.js';
export { readCvssVector } from './vector.js';
export type { CvssVector } from './vector.js';

const vectorPrefixes: Readonly<Record<CvssScore['version'], string>> = {
  '2.0': '',
  '3.0': 'CVSS:3.0/',
  '3.1': 'CVSS:3.1/',
  '4.0': 'CVSS:4.0/',
};

/**
 * The base score only: the calculator is given the base metrics alone, so temporal, threat and environmental
 * metrics in the vector never change it (for v4 this is the CVSS-B score).
 */
function baseScore(vector: CvssVector): number | undefined {
  const base = cvssMetricSets[vector.version].base.map((name) => `${name}:${vector.metrics.get(name) ?? ''}`);
  const baseVector = `${vectorPrefixes[vector.version]}${base.join('/')}`;
  try {
    switch (vector.version) {
      case '2.0':
        return new calculator.Cvss2(baseVector).calculateScores().base;
      case '3.0':
        return new calculator.Cvss3P0(baseVector).calculateScores().base;
      case '3.1':
        return new calculator.Cvss3P1(baseVector).calculateScores().base;
      case '4.0':
        return new calculator.Cvss4P0(baseVector).calculateScores().base;
    }
  } catch {
    // The vector was checked against the specification; a failure here is the calculator's, reported as no score.
    return undefined;
  }
}

/** The base score of a CVSS vector; `undefined` for a malformed vector. Never throws. */
export function parseCvss(vector: string): CvssScore | undefined {
  const parsed = readCvssVector(vector);
  if (parsed === undefined) return undefined;
  const score = baseScore(parsed);
  if (score === undefined || !Number.isFinite(score) || score < 0 || score > 10) return undefined;
  return { version: parsed.version, vector: parsed.text, baseScore: Math.round(score * 10) / 10 };
}

/**
 * The qualitative rating of a score: 0 (no impact) is info, then low below 4.0, medium below 7.0, high below 9.0,
 * critical from 9.0. CVSS v2 has no critical rating (NVD rates 7.0-10.0 high), so a v2 score tops out at high.
 * A score that is not a number is info.
 */
export function severityFromScore(score: number, version: CvssScore['version']): Severity {
  if (!Number.isFinite(score) || score <= 0) return 'info';
  if (score >= 9 && version !== '2.0') return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}
