import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documents, namespace, pod, reachLines, reachNotes } from './manifests.js';

const base = [
  namespace('a', { team: 'red' }),
  namespace('b', { team: 'blue' }),
  pod('a', 'web', { app: 'web' }, ['http:8080']),
  pod('a', 'db', { app: 'db' }, ['5432']),
  pod('b', 'db', { app: 'db' }),
];

function cilium(
  kind: 'CiliumNetworkPolicy' | 'CiliumClusterwideNetworkPolicy',
  spec: string,
  ns = 'a',
): string {
  return [
    'apiVersion: cilium.io/v2',
    `kind: ${kind}`,
    'metadata:',
    '  name: p',
    ...(kind === 'CiliumNetworkPolicy' ? [`  namespace: ${ns}`] : []),
    spec,
  ].join('\n');
}

function calico(kind: 'NetworkPolicy' | 'GlobalNetworkPolicy', spec: string, ns = 'a'): string {
  return [
    'apiVersion: projectcalico.org/v3',
    `kind: ${kind}`,
    'metadata:',
    '  name: p',
    ...(kind === 'NetworkPolicy' ? [`  namespace: ${ns}`] : []),
    spec,
  ].join('\n');
}

function lines(...policies: string[]): string[] {
  return reachLines(documents(...base, ...policies));
}

describe('netpol reach: Cilium policies', () => {
  it('endpointSelector, fromEndpoints and toPorts; fromEndpoints stays in the policy namespace', () => {
    const answer = lines(
      cilium(
        'CiliumNetworkPolicy',
        [
          'spec:',
          '  endpointSelector: {matchLabels: {app: web}}',
          '  ingress:',
          '    - fromEndpoints: [{matchLabels: {app: db}}]',
          '      toPorts: [{ports: [{port: "8080", protocol: TCP}]}]',
        ].join('\n'),
      ),
    );
    assert.ok(answer.includes('a/db -> a/web: TCP 8080'));
    assert.ok(answer.includes('b/db -> a/web: none'), 'same labels, other namespace');
    assert.ok(answer.includes('a/web -> a/web: none'));
    assert.ok(answer.includes('a/web -> a/db: all'), 'db is not selected');
  });

  it('a namespace label in fromEndpoints reaches into that namespace; k8s: prefixes are plain labels', () => {
    const answer = lines(
      cilium(
        'CiliumNetworkPolicy',
        [
          'spec:',
          '  endpointSelector: {matchLabels: {k8s:app: web}}',
          '  ingress:',
          '    - fromEndpoints: [{matchLabels: {k8s:io.kubernetes.pod.namespace: b, app: db}}]',
        ].join('\n'),
      ),
    );
    assert.ok(answer.includes('b/db -> a/web: all'), 'a rule without toPorts allows every port');
    assert.ok(answer.includes('a/db -> a/web: none'), 'a/db is in the wrong namespace');
  });

  it('ingress: [{}] is Cilium’s deny-all; an L4-only rule allows every peer on its ports', () => {
    const denyAll = lines(
      cilium('CiliumNetworkPolicy', 'spec:\n  endpointSelector: {}\n  ingress:\n    - {}'),
    );
    assert.ok(denyAll.includes('b/db -> a/web: none'));
    assert.ok(denyAll.includes('a/web -> b/db: all'));
    const portsOnly = lines(
      cilium(
        'CiliumNetworkPolicy',
        'spec:\n  endpointSelector: {}\n  ingress:\n    - toPorts: [{ports: [{port: "5432"}]}]',
      ),
    );
    assert.ok(portsOnly.includes('b/db -> a/db: TCP 5432, UDP 5432, SCTP 5432'), 'no protocol is ANY');
  });

  it('cluster-wide policies select in every namespace; deny rules override allows', () => {
    const answer = lines(
      cilium(
        'CiliumClusterwideNetworkPolicy',
        [
          'spec:',
          '  endpointSelector: {matchLabels: {app: db}}',
          '  ingress:',
          '    - fromEntities: [cluster]',
          '  ingressDeny:',
          '    - fromEndpoints: [{matchLabels: {io.kubernetes.pod.namespace: b}}]',
          '      toPorts: [{ports: [{port: "5432", protocol: TCP}]}]',
        ].join('\n'),
      ),
    );
    assert.ok(answer.includes('a/web -> a/db: all'));
    assert.ok(answer.includes('a/web -> b/db: all'));
    assert.ok(answer.includes('b/db -> a/db: TCP 1-5431, TCP 5433-65535, UDP all, SCTP all'));
  });

  it('specs lists give several rules; unresolved peers make the answer approximate only where they matter', () => {
    const answer = lines(
      cilium(
        'CiliumNetworkPolicy',
        [
          'specs:',
          '  - endpointSelector: {matchLabels: {app: web}}',
          '    ingress:',
          '      - fromEndpoints: [{matchLabels: {app: db}}]',
          '  - endpointSelector: {matchLabels: {app: db}}',
          '    egress:',
          '      - toServices: [{k8sService: {serviceName: web, namespace: a}}]',
        ].join('\n'),
      ),
    );
    assert.ok(answer.includes('a/db -> a/web: none ~'), 'toServices may allow it');
    assert.ok(answer.includes('b/db -> a/web: none'));
    assert.ok(answer.includes('a/web -> a/web: none'));
  });
});

describe('netpol reach: Calico policies', () => {
  it('selector expressions select pods and sources; egress-only rules default to Egress only', () => {
    const answer = lines(
      calico(
        'NetworkPolicy',
        [
          'spec:',
          "  selector: app == 'web'",
          '  ingress:',
          '    - action: Allow',
          '      protocol: TCP',
          "      source: {selector: app == 'db'}",
          '      destination: {ports: [8080]}',
        ].join('\n'),
      ),
    );
    assert.ok(answer.includes('a/db -> a/web: TCP 8080'));
    assert.ok(
      answer.includes('b/db -> a/web: none'),
      'a namespaced policy’s selector stays in its namespace',
    );
    const egressOnly = lines(
      calico(
        'NetworkPolicy',
        [
          'spec:',
          '  selector: has(app)',
          '  egress:',
          '    - action: Allow',
          '      destination:',
          `        selector: "app in {'db'}"`,
        ].join('\n'),
      ),
    );
    assert.ok(egressOnly.includes('a/web -> a/db: all'));
    assert.ok(egressOnly.includes('a/web -> b/db: none'));
    assert.ok(
      egressOnly.includes('b/db -> a/web: all'),
      'ingress stays open: Calico adds Ingress only with ingress rules',
    );
  });

  it('global policies with namespaceSelector; Deny rules are approximate', () => {
    const answer = lines(
      calico(
        'GlobalNetworkPolicy',
        [
          'spec:',
          "  namespaceSelector: team == 'red'",
          '  types: [Ingress]',
          '  ingress:',
          '    - action: Deny',
          "      source: {namespaceSelector: team == 'blue'}",
          '    - action: Allow',
        ].join('\n'),
      ),
    );
    assert.ok(answer.includes('b/db -> a/web: none ~'));
    assert.ok(answer.includes('a/db -> a/web: all'));
    assert.ok(answer.includes('a/web -> b/db: all'), 'namespace b is not selected');
  });

  it('a selector that does not parse makes the policy refused, and it is left out', () => {
    const yaml = documents(
      ...base,
      calico('NetworkPolicy', "spec:\n  selector: app === 'web'\n  types: [Ingress]"),
    );
    assert.ok(reachLines(yaml).includes('b/db -> a/web: all'));
    assert.match(reachNotes(yaml)[0] ?? '', /refused by the API server and left out: .*selector/);
  });
});
