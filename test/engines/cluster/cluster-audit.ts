import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Finding } from '../../../src/core/index.js';
import type { ClusterAuditRequest, ClusterAuditResult } from '../../../src/engines/cluster/audit.js';
import { auditCluster } from '../../../src/engines/cluster/audit.js';
import { defaultConfig } from '../../../src/engines/config/schema.js';
import { ruleRegistry } from '../../../src/rules/index.js';

const settings = {
  config: defaultConfig,
  pss: {},
  selection: { only: [], skip: [] },
  today: '2026-11-24',
};

export interface LiveOptions {
  context?: string;
  namespace?: string;
  timeoutMs?: number;
  pageSize?: number;
}

/** A live audit through this kubeconfig only (no ~/.kube/config, no in-cluster account). */
export function auditLive(kubeconfig: string, options: LiveOptions = {}): Promise<ClusterAuditResult> {
  const request: ClusterAuditRequest = {
    ...settings,
    ...(options.namespace === undefined ? {} : { namespace: options.namespace }),
    source: {
      type: 'live',
      connection: {
        env: { KUBECONFIG: kubeconfig },
        homedir: tmpdir(),
        ...(options.context === undefined ? {} : { context: options.context }),
        fileExists: existsSync,
      },
      timeoutMs: options.timeoutMs ?? 10_000,
      pageSize: options.pageSize ?? 500,
    },
  };
  return auditCluster(request, ruleRegistry);
}

export function auditSnapshot(paths: readonly string[], cwd: string): Promise<ClusterAuditResult> {
  return auditCluster({ ...settings, source: { type: 'snapshot', paths, cwd } }, ruleRegistry);
}

/** `RULE FILE:LINE PATH`, the parts of a finding a reader checks. */
export function brief(finding: Finding): string {
  const { location } = finding;
  return `${finding.ruleId} ${location.file ?? ''}:${location.startLine ?? 0} ${location.path ?? ''}`;
}
