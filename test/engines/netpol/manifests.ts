import assert from 'node:assert/strict';
import type { ReachQuery } from '../../../src/engines/netpol/reach.js';
import { answerReach } from '../../../src/engines/netpol/reach.js';
import { indexTexts } from '../../../src/engines/netpol/load.js';
import { formatPorts } from '../../../src/rules/kubernetes/network/network-utils/ports.js';

/** A Pod with labels and container ports (`name:number/protocol`, `number`). */
export function pod(
  namespace: string,
  name: string,
  labels: Record<string, string>,
  ports: string[] = [],
): string {
  const lines = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    '  labels:',
    ...Object.entries(labels).map(([key, value]) => `    ${key}: "${value}"`),
    'spec:',
    '  containers:',
    '    - name: main',
    '      image: example.com/app@sha256:0000000000000000000000000000000000000000000000000000000000000000',
  ];
  if (ports.length > 0) {
    lines.push('      ports:');
    for (const port of ports) {
      const match = /^(?:(?<name>[a-z-]+):)?(?<number>\d+)(?:\/(?<protocol>\w+))?$/.exec(port);
      const groups = match?.groups ?? {};
      lines.push(`        - containerPort: ${groups['number'] ?? ''}`);
      if (groups['name'] !== undefined) lines.push(`          name: ${groups['name']}`);
      if (groups['protocol'] !== undefined) lines.push(`          protocol: ${groups['protocol']}`);
    }
  }
  return lines.join('\n');
}

export function namespace(name: string, labels: Record<string, string> = {}): string {
  const lines = ['apiVersion: v1', 'kind: Namespace', 'metadata:', `  name: ${name}`];
  if (Object.keys(labels).length > 0) {
    lines.push('  labels:');
    for (const [key, value] of Object.entries(labels)) lines.push(`    ${key}: "${value}"`);
  }
  return lines.join('\n');
}

/** A NetworkPolicy from its spec written as YAML lines (indented by two under `spec:`). */
export function policy(namespaceName: string, name: string, spec: string): string {
  const body = spec
    .split('\n')
    .map((line) => (line === '' ? '' : `  ${line}`))
    .join('\n');
  return [
    'apiVersion: networking.k8s.io/v1',
    'kind: NetworkPolicy',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${namespaceName}`,
    'spec:',
    body,
  ].join('\n');
}

export function documents(...parts: string[]): string {
  return `${parts.join('\n---\n')}\n`;
}

/** Every pair's answer as `from -> to: ports` (with ` ~` when approximate), in the order of the answer. */
export function reachLines(yaml: string, query: ReachQuery = {}): string[] {
  const input = indexTexts([{ display: 'test.yaml', text: yaml }]);
  assert.deepEqual(input.errors, [], 'the manifests must parse cleanly');
  const result = answerReach(input.cluster, query);
  return result.pairs.map((pair) => {
    const end = (side: typeof pair.from) =>
      'address' in side ? side.address : `${side.namespace}/${side.name}`;
    return `${end(pair.from)} -> ${end(pair.to)}: ${formatPorts(pair.ports)}${pair.approximate ? ' ~' : ''}`;
  });
}

export function reachNotes(yaml: string, query: ReachQuery = {}): string[] {
  const input = indexTexts([{ display: 'test.yaml', text: yaml }]);
  return answerReach(input.cluster, query).notes;
}
