import type { WorkloadKind } from '../../src/sources/index.js';
import { workloadKinds } from '../../src/sources/index.js';
import type { ExpectedViolation, InvalidCase, TestSettings, ValidCase } from './rule-tester.js';

export interface WorkloadSnippet {
  /** The pod spec body, keys at column 0 (`containers:` …). */
  podSpec: string;
  /** Pod annotations (where the template's metadata goes for controllers). */
  podAnnotations?: Record<string, string>;
  namespace?: string;
  settings?: TestSettings;
  name?: string;
}

interface Wrapped {
  code: string;
  /** Lines before the first pod spec line: add to a snippet-relative line to get the file line. */
  offset: number;
}

function indent(text: string, spaces: number): string[] {
  const pad = ' '.repeat(spaces);
  return text
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => (line === '' ? '' : pad + line));
}

function metadataLines(
  name: string,
  namespace: string | undefined,
  indentBy: number,
  annotations?: Record<string, string>,
): string[] {
  const pad = ' '.repeat(indentBy);
  const lines = [`${pad}name: ${name}`];
  if (namespace !== undefined) lines.push(`${pad}namespace: ${namespace}`);
  if (annotations !== undefined) {
    lines.push(`${pad}annotations:`);
    for (const [key, value] of Object.entries(annotations))
      lines.push(`${pad}  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  }
  return lines;
}

function templateLines(snippet: WorkloadSnippet, indentBy: number): { lines: string[]; specLine: number } {
  const pad = ' '.repeat(indentBy);
  const lines = [`${pad}metadata:`, `${pad}  labels:`, `${pad}    app: test`];
  if (snippet.podAnnotations !== undefined) {
    lines.push(`${pad}  annotations:`);
    for (const [key, value] of Object.entries(snippet.podAnnotations))
      lines.push(`${pad}    ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  }
  lines.push(`${pad}spec:`);
  return { lines, specLine: lines.length };
}

/** Wraps a pod spec snippet into a manifest of the given kind, remembering where the snippet starts. */
export function wrapWorkload(kind: WorkloadKind, snippet: WorkloadSnippet): Wrapped {
  const apiVersion: Record<WorkloadKind, string> = {
    Pod: 'v1',
    Deployment: 'apps/v1',
    StatefulSet: 'apps/v1',
    DaemonSet: 'apps/v1',
    ReplicaSet: 'apps/v1',
    ReplicationController: 'v1',
    Job: 'batch/v1',
    CronJob: 'batch/v1',
    PodTemplate: 'v1',
  };
  const head = [`apiVersion: ${apiVersion[kind]}`, `kind: ${kind}`, 'metadata:'];
  let body: string[];
  let specIndent: number;
  if (kind === 'Pod') {
    head.push(...metadataLines('test', snippet.namespace, 2, snippet.podAnnotations));
    body = ['spec:'];
    specIndent = 2;
  } else if (kind === 'PodTemplate') {
    head.push(...metadataLines('test', snippet.namespace, 2));
    body = ['template:', ...templateLines(snippet, 2).lines];
    specIndent = 4;
  } else if (kind === 'CronJob') {
    head.push(...metadataLines('test', snippet.namespace, 2));
    body = [
      'spec:',
      '  schedule: "0 * * * *"',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      ...templateLines(snippet, 8).lines,
    ];
    specIndent = 10;
  } else {
    head.push(...metadataLines('test', snippet.namespace, 2));
    const selector = kind === 'Job' ? [] : ['  selector:', '    matchLabels:', '      app: test'];
    body = ['spec:', ...selector, '  template:', ...templateLines(snippet, 4).lines];
    specIndent = 6;
  }
  const prefix = [...head, ...body];
  return { code: [...prefix, ...indent(snippet.podSpec, specIndent), ''].join('\n'), offset: prefix.length };
}

/** One valid case per workload kind for the same pod spec. */
export function validForEveryWorkload(snippet: WorkloadSnippet): ValidCase[] {
  return workloadKinds.map((kind) => ({
    name: `${kind}: ${snippet.name ?? firstLine(snippet.podSpec)}`,
    code: wrapWorkload(kind, snippet).code,
    ...(snippet.settings ? { settings: snippet.settings } : {}),
  }));
}

/** One invalid case per workload kind; `errors` lines are relative to the snippet (1 = its first line). */
export function invalidForEveryWorkload(
  snippet: WorkloadSnippet & { errors: ExpectedViolation[] },
): InvalidCase[] {
  return workloadKinds.map((kind) => {
    const wrapped = wrapWorkload(kind, snippet);
    return {
      name: `${kind}: ${snippet.name ?? firstLine(snippet.podSpec)}`,
      code: wrapped.code,
      ...(snippet.settings ? { settings: snippet.settings } : {}),
      errors: snippet.errors.map((error) => ({ ...error, line: error.line + wrapped.offset })),
    };
  });
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}
