import type { WorkloadKind } from '../../../../src/sources/index.js';
import { workloadKinds } from '../../../../src/sources/index.js';
import type { ExpectedViolation, InvalidCase, ValidCase } from '../../../support/rule-tester.js';
import type { WorkloadSnippet } from '../../../support/workloads.js';
import { wrapWorkload } from '../../../support/workloads.js';

/** Kinds that run pods: a PodTemplate runs none, so network rules leave it alone. */
export const runningKinds = workloadKinds.filter((kind) => kind !== 'PodTemplate');

/**
 * A workload whose pods carry `app: test` (the shared wrapper gives a bare Pod no labels; network rules need them),
 * followed by other documents.
 */
export function labelledWorkload(kind: WorkloadKind, snippet: WorkloadSnippet, ...others: string[]): string {
  let code = wrapWorkload(kind, snippet).code;
  if (kind === 'Pod') code = code.replace('  name: test\n', '  name: test\n  labels:\n    app: test\n');
  return [code, ...others.map((other) => `${other.replace(/\n+$/, '')}\n`)].join('---\n');
}

/** The 1-based line of the `occurrence`-th line that matches. */
export function lineOf(code: string, pattern: RegExp, occurrence = 1): number {
  let seen = 0;
  for (const [index, line] of code.split('\n').entries())
    if (pattern.test(line) && ++seen === occurrence) return index + 1;
  throw new Error(`no line ${String(pattern)} #${occurrence} in:\n${code}`);
}

/** Where the pods' labels are written: the template's `labels:` (the first, as the object itself has none here). */
export function podLabelsLine(code: string): number {
  return lineOf(code, /^\s+labels:$/);
}

export interface WorkloadExpectation {
  name: string;
  snippet: WorkloadSnippet;
  others?: string[];
  /** The expected findings, given the code and kind. */
  errors: (code: string, kind: WorkloadKind) => ExpectedViolation[];
  kinds?: readonly WorkloadKind[];
}

export function invalidWorkloads(expectation: WorkloadExpectation): InvalidCase[] {
  return (expectation.kinds ?? runningKinds).map((kind) => {
    const code = labelledWorkload(kind, expectation.snippet, ...(expectation.others ?? []));
    return { name: `${kind}: ${expectation.name}`, code, errors: expectation.errors(code, kind) };
  });
}

export function validWorkloads(
  name: string,
  snippet: WorkloadSnippet,
  others: string[] = [],
  kinds: readonly WorkloadKind[] = workloadKinds,
): ValidCase[] {
  return kinds.map((kind) => ({
    name: `${kind}: ${name}`,
    code: labelledWorkload(kind, snippet, ...others),
  }));
}

export const container = 'containers:\n  - name: app\n    image: example.com/app:1\n';

export function networkPolicy(namespace: string, name: string, spec: string): string {
  return [
    'apiVersion: networking.k8s.io/v1',
    'kind: NetworkPolicy',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    'spec:',
    ...spec.split('\n').map((line) => (line === '' ? '' : `  ${line}`)),
  ].join('\n');
}

export function namespaceObject(name: string, labels: Record<string, string> = {}): string {
  const lines = ['apiVersion: v1', 'kind: Namespace', 'metadata:', `  name: ${name}`];
  if (Object.keys(labels).length > 0)
    lines.push('  labels:', ...Object.entries(labels).map(([key, value]) => `    ${key}: "${value}"`));
  return lines.join('\n');
}

export function join(...documents: string[]): string {
  return `${documents.map((document) => document.replace(/\n+$/, '')).join('\n---\n')}\n`;
}
