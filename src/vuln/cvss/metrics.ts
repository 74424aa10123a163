/**
 * The metrics each CVSS version defines and the values each may take, from the FIRST specifications (v2 guide
 * section 2.4, v3.0/v3.1 section 6, v4.0 section 7). Base metrics are required; temporal, threat, environmental and
 * supplemental metrics are optional. A vector with an unknown metric or value is malformed.
 */
import type { CvssScore } from '../../core/vulnerability.js';

export type CvssVersion = CvssScore['version'];

export interface CvssMetricSet {
  /** Base metrics, in specification order: every one must be present. */
  base: readonly string[];
  values: Readonly<Record<string, readonly string[]>>;
}

const v2: CvssMetricSet = {
  base: ['AV', 'AC', 'Au', 'C', 'I', 'A'],
  values: {
    AV: ['L', 'A', 'N'],
    AC: ['H', 'M', 'L'],
    Au: ['M', 'S', 'N'],
    C: ['N', 'P', 'C'],
    I: ['N', 'P', 'C'],
    A: ['N', 'P', 'C'],
    E: ['U', 'POC', 'F', 'H', 'ND'],
    RL: ['OF', 'TF', 'W', 'U', 'ND'],
    RC: ['UC', 'UR', 'C', 'ND'],
    CDP: ['N', 'L', 'LM', 'MH', 'H', 'ND'],
    TD: ['N', 'L', 'M', 'H', 'ND'],
    CR: ['L', 'M', 'H', 'ND'],
    IR: ['L', 'M', 'H', 'ND'],
    AR: ['L', 'M', 'H', 'ND'],
  },
};

const impact3 = ['H', 'L', 'N'] as const;
const modifiedImpact3 = ['X', 'H', 'L', 'N'] as const;
const requirement = ['X', 'H', 'M', 'L'] as const;

const v3: CvssMetricSet = {
  base: ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'],
  values: {
    AV: ['N', 'A', 'L', 'P'],
    AC: ['L', 'H'],
    PR: ['N', 'L', 'H'],
    UI: ['N', 'R'],
    S: ['U', 'C'],
    C: impact3,
    I: impact3,
    A: impact3,
    E: ['X', 'H', 'F', 'P', 'U'],
    RL: ['X', 'U', 'W', 'T', 'O'],
    RC: ['X', 'C', 'R', 'U'],
    CR: requirement,
    IR: requirement,
    AR: requirement,
    MAV: ['X', 'N', 'A', 'L', 'P'],
    MAC: ['X', 'L', 'H'],
    MPR: ['X', 'N', 'L', 'H'],
    MUI: ['X', 'N', 'R'],
    MS: ['X', 'U', 'C'],
    MC: modifiedImpact3,
    MI: modifiedImpact3,
    MA: modifiedImpact3,
  },
};

const v4: CvssMetricSet = {
  base: ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'],
  values: {
    AV: ['N', 'A', 'L', 'P'],
    AC: ['L', 'H'],
    AT: ['N', 'P'],
    PR: ['N', 'L', 'H'],
    UI: ['N', 'P', 'A'],
    VC: impact3,
    VI: impact3,
    VA: impact3,
    SC: impact3,
    SI: impact3,
    SA: impact3,
    E: ['X', 'A', 'P', 'U'],
    CR: requirement,
    IR: requirement,
    AR: requirement,
    MAV: ['X', 'N', 'A', 'L', 'P'],
    MAC: ['X', 'L', 'H'],
    MAT: ['X', 'N', 'P'],
    MPR: ['X', 'N', 'L', 'H'],
    MUI: ['X', 'N', 'P', 'A'],
    MVC: modifiedImpact3,
    MVI: modifiedImpact3,
    MVA: modifiedImpact3,
    MSC: modifiedImpact3,
    MSI: ['X', 'S', 'H', 'L', 'N'],
    MSA: ['X', 'S', 'H', 'L', 'N'],
    S: ['X', 'N', 'P'],
    AU: ['X', 'N', 'Y'],
    R: ['X', 'A', 'U', 'I'],
    V: ['X', 'D', 'C'],
    RE: ['X', 'L', 'M', 'H'],
    U: ['X', 'Clear', 'Green', 'Amber', 'Red'],
  },
};

export const cvssMetricSets: Readonly<Record<CvssVersion, CvssMetricSet>> = {
  '2.0': v2,
  '3.0': v3,
  '3.1': v3,
  '4.0': v4,
};
