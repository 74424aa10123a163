import type { ComplianceResult, Report } from '../../src/core/index.js';
import { fixtureReport } from '../reporters/fixture-report.js';

/**
 * A fixed compliance result with every status, a suppressed count, a control id wider than the table's minimum and a
 * title full of `<>&"'`, attached to the reporters' fixed report. Hand-built, so the goldens change only when a
 * reporter does, not when a catalogue or a rule does.
 */
export const fixtureCompliance: ComplianceResult = {
  framework: 'cis-k8s',
  title: 'CIS Kubernetes Benchmark',
  version: '1.9.0',
  score: 66.7,
  counts: { fail: 1, pass: 2, manual: 2, 'not-assessed': 1 },
  controls: [
    {
      id: '1.2.9',
      title: 'API server: EventRateLimit admission is enabled',
      assessment: 'manual',
      status: 'manual',
      rules: [],
    },
    {
      id: '1.2.10',
      title: 'API server: AlwaysAdmit admission is off',
      assessment: 'automated',
      status: 'not-assessed',
      rules: ['KC010'],
    },
    {
      id: '5.1.1',
      title: 'cluster-admin is bound only where required',
      assessment: 'automated',
      status: 'pass',
      rules: ['KR001', 'KR019'],
    },
    {
      id: '5.2.2',
      title: 'Privileged containers are not admitted',
      assessment: 'manual',
      status: 'fail',
      rules: ['KW001'],
      findings: 2,
      failedRules: ['KW001'],
      suppressed: 1,
    },
    {
      id: '5.2.3',
      title: 'Containers sharing the host PID namespace are not admitted',
      assessment: 'manual',
      status: 'pass',
      rules: ['KW003'],
      suppressed: 1,
    },
    {
      id: '5.7.3.hostile',
      title: 'Title with <script>alert("x")</script> & \'quotes\'',
      assessment: 'manual',
      status: 'manual',
      rules: [],
    },
  ],
};

export const fixtureComplianceReport: Report = { ...fixtureReport, compliance: fixtureCompliance };
