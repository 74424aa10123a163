export const severities = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof severities)[number];

const rank: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

export function isSeverity(value: string): value is Severity {
  return (severities as readonly string[]).includes(value);
}

export function severityRank(severity: Severity): number {
  return rank[severity];
}

export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return rank[severity] >= rank[threshold];
}

/** SARIF result level; GitHub code scanning reads `security-severity` for the finer grain. */
export function toSarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  if (severity === 'critical' || severity === 'high') return 'error';
  if (severity === 'medium') return 'warning';
  return 'note';
}

/** CVSS-like score string GitHub uses to bucket alerts (critical ≥ 9, high ≥ 7, medium ≥ 4, low > 0). */
export function toSecuritySeverity(severity: Severity): string {
  const scores: Record<Severity, string> = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '0.0',
  };
  return scores[severity];
}
