import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documents, namespace, pod, policy, reachLines, reachNotes } from './manifests.js';

// Three pods in two labelled namespaces; each case adds policies and checks every answer.
const base = [
  namespace('a', { team: 'red' }),
  namespace('b', { team: 'blue' }),
  pod('a', 'web', { app: 'web' }, ['http:8080']),
  pod('a', 'db', { app: 'db' }, ['5432']),
  pod('b', 'client', { app: 'client' }),
];

function lines(...policies: string[]): string[] {
  return reachLines(documents(...base, ...policies));
}

const allOpen = [
  'a/db -> a/db: all',
  'a/db -> a/web: all',
  'a/db -> b/client: all',
  'a/web -> a/db: all',
  'a/web -> a/web: all',
  'a/web -> b/client: all',
  'b/client -> a/db: all',
  'b/client -> a/web: all',
  'b/client -> b/client: all',
];

describe('netpol reach: Kubernetes NetworkPolicy semantics', () => {
  it('without policies every pod reaches every pod on every port', () => {
    assert.deepEqual(lines(), allOpen);
  });

  it('a default deny isolates only the pods of its own namespace, for ingress only', () => {
    assert.deepEqual(lines(policy('a', 'deny', 'podSelector: {}\npolicyTypes: [Ingress]')), [
      'a/db -> a/db: none',
      'a/db -> a/web: none',
      'a/db -> b/client: all',
      'a/web -> a/db: none',
      'a/web -> a/web: none',
      'a/web -> b/client: all',
      'b/client -> a/db: none',
      'b/client -> a/web: none',
      'b/client -> b/client: all',
    ]);
  });

  it('ingress: [{}] allows everything, ingress: [] and a missing ingress deny everything', () => {
    assert.deepEqual(lines(policy('a', 'open', 'podSelector: {}\ningress:\n  - {}')), allOpen);
    const denied = lines(policy('a', 'closed', 'podSelector: {}\ningress: []'));
    assert.ok(denied.includes('b/client -> a/web: none'));
    assert.deepEqual(lines(policy('a', 'bare', 'podSelector: {}')), denied);
    // A policy without spec selects every pod of its namespace and isolates it for ingress.
    assert.deepEqual(
      reachLines(
        documents(
          ...base,
          'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: x, namespace: a}',
        ),
      ),
      denied,
    );
  });

  it('an empty podSelector peer is the policy namespace; an empty namespaceSelector is every namespace', () => {
    const samePods = lines(
      policy(
        'a',
        'p',
        'podSelector: {matchLabels: {app: web}}\ningress:\n  - from:\n      - podSelector: {}',
      ),
    );
    assert.ok(samePods.includes('a/db -> a/web: all'));
    assert.ok(samePods.includes('b/client -> a/web: none'));
    const everyNamespace = lines(
      policy(
        'a',
        'p',
        'podSelector: {matchLabels: {app: web}}\ningress:\n  - from:\n      - namespaceSelector: {}',
      ),
    );
    assert.ok(everyNamespace.includes('b/client -> a/web: all'));
    const both = lines(
      policy(
        'a',
        'p',
        'podSelector: {matchLabels: {app: web}}\ningress:\n  - from:\n      - namespaceSelector: {}\n        podSelector: {}',
      ),
    );
    assert.ok(both.includes('b/client -> a/web: all'));
    // from: [] is the same as leaving from out: every source.
    const emptyFrom = lines(
      policy('a', 'p', 'podSelector: {matchLabels: {app: web}}\ningress:\n  - from: []'),
    );
    assert.ok(emptyFrom.includes('b/client -> a/web: all'));
    // A missing podSelector selects every pod of the namespace.
    const noSelector = lines(policy('a', 'p', 'policyTypes: [Ingress]'));
    assert.ok(noSelector.includes('a/web -> a/db: none'));
  });

  it('a selector in one peer is an AND; two peers are an OR', () => {
    const and = lines(
      policy(
        'a',
        'p',
        [
          'podSelector: {matchLabels: {app: web}}',
          'ingress:',
          '  - from:',
          '      - namespaceSelector: {matchLabels: {team: blue}}',
          '        podSelector: {matchLabels: {app: db}}',
        ].join('\n'),
      ),
    );
    assert.ok(and.includes('b/client -> a/web: none'), 'client is in blue but is not app=db');
    assert.ok(and.includes('a/db -> a/web: none'), 'db is app=db but not in blue');
    const or = lines(
      policy(
        'a',
        'p',
        [
          'podSelector: {matchLabels: {app: web}}',
          'ingress:',
          '  - from:',
          '      - namespaceSelector: {matchLabels: {team: blue}}',
          '      - podSelector: {matchLabels: {app: db}}',
        ].join('\n'),
      ),
    );
    assert.ok(or.includes('b/client -> a/web: all'));
    assert.ok(or.includes('a/db -> a/web: all'));
  });

  it('namespaceSelector matches Namespace labels, including kubernetes.io/metadata.name', () => {
    const byName = lines(
      policy(
        'a',
        'p',
        'podSelector: {}\ningress:\n  - from:\n      - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: b}}',
      ),
    );
    assert.ok(byName.includes('b/client -> a/web: all'));
    assert.ok(byName.includes('a/db -> a/web: none'));
    const byExpression = lines(
      policy(
        'a',
        'p',
        [
          'podSelector: {}',
          'ingress:',
          '  - from:',
          '      - namespaceSelector:',
          '          matchExpressions: [{key: team, operator: NotIn, values: [blue]}]',
        ].join('\n'),
      ),
    );
    assert.ok(byExpression.includes('a/db -> a/web: all'));
    assert.ok(byExpression.includes('b/client -> a/web: none'));
  });

  it('a policy in another namespace does not select pods with the same labels elsewhere', () => {
    const answer = lines(policy('b', 'p', 'podSelector: {matchLabels: {app: web}}\npolicyTypes: [Ingress]'));
    assert.deepEqual(answer, allOpen);
  });

  it('egress-only policies: explicit Egress leaves ingress open; egress rules without policyTypes isolate both ways', () => {
    const egressOnly = lines(
      policy(
        'b',
        'p',
        [
          'podSelector: {}',
          'policyTypes: [Egress]',
          'egress:',
          '  - to:',
          '      - namespaceSelector: {matchLabels: {team: red}}',
          '        podSelector: {matchLabels: {app: web}}',
          '    ports: [{port: 8080}]',
        ].join('\n'),
      ),
    );
    assert.ok(egressOnly.includes('b/client -> a/web: TCP 8080'));
    assert.ok(egressOnly.includes('b/client -> a/db: none'));
    assert.ok(egressOnly.includes('b/client -> b/client: none'), 'egress to itself is egress too');
    assert.ok(egressOnly.includes('a/web -> b/client: all'), 'ingress stays open');
    const defaulted = lines(policy('b', 'p', 'podSelector: {}\negress:\n  - to:\n      - podSelector: {}'));
    assert.ok(defaulted.includes('a/web -> b/client: none'), 'Ingress is always among the defaulted types');
    assert.ok(defaulted.includes('b/client -> a/web: none'));
    assert.ok(defaulted.includes('b/client -> b/client: none'), 'egress allowed, ingress denied');
    // egress: [] adds no Egress type: only ingress is isolated.
    const emptyEgress = lines(policy('b', 'p', 'podSelector: {}\negress: []'));
    assert.ok(emptyEgress.includes('b/client -> a/web: all'));
    assert.ok(emptyEgress.includes('a/web -> b/client: none'));
  });

  it('traffic needs both the source egress and the target ingress, port by port', () => {
    const answer = lines(
      policy(
        'b',
        'out',
        'podSelector: {}\npolicyTypes: [Egress]\negress:\n  - ports: [{port: 8080}, {port: 5432}, {port: 53, protocol: UDP}]',
      ),
      policy(
        'a',
        'in',
        'podSelector: {matchLabels: {app: web}}\ningress:\n  - ports: [{port: 8000, endPort: 8100}]',
      ),
    );
    assert.ok(answer.includes('b/client -> a/web: TCP 8080'));
    assert.ok(
      answer.includes('b/client -> a/db: TCP 5432, TCP 8080, UDP 53'),
      'db is not isolated for ingress',
    );
    assert.ok(answer.includes('a/db -> a/web: TCP 8000-8100'));
  });

  it('named ports resolve against the destination pod’s container ports', () => {
    const answer = lines(policy('a', 'in', 'podSelector: {}\ningress:\n  - ports: [{port: http}]'));
    assert.ok(answer.includes('b/client -> a/web: TCP 8080'));
    assert.ok(answer.includes('b/client -> a/db: none'), 'db has no port named http');
    const udp = lines(
      policy('a', 'in', 'podSelector: {}\ningress:\n  - ports: [{port: http, protocol: UDP}]'),
    );
    assert.ok(udp.includes('b/client -> a/web: none'), 'http is a TCP port');
  });

  it('ipBlock with except decides for addresses; pod pairs it could cover are approximate', () => {
    const spec = [
      'podSelector: {}',
      'policyTypes: [Egress]',
      'egress:',
      '  - to:',
      '      - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}',
    ].join('\n');
    const yaml = documents(...base, policy('b', 'p', spec));
    assert.deepEqual(reachLines(yaml, { from: 'b/client', to: '10.2.3.4' }), ['b/client -> 10.2.3.4: all']);
    assert.deepEqual(reachLines(yaml, { from: 'b/client', to: '10.1.2.3' }), ['b/client -> 10.1.2.3: none']);
    assert.deepEqual(reachLines(yaml, { from: 'b/client', to: '169.254.169.254' }), [
      'b/client -> 169.254.169.254: none',
    ]);
    assert.deepEqual(reachLines(yaml, { from: 'a/web', to: '169.254.169.254' }), [
      'a/web -> 169.254.169.254: all',
    ]);
    // Pod addresses are unknown: whether 10.0.0.0/8 covers them depends on the plugin and the pod network.
    assert.deepEqual(reachLines(yaml, { from: 'b/client', to: 'a/web' }), ['b/client -> a/web: none ~']);
  });

  it('--port filters the answer to one port or port name', () => {
    const yaml = documents(
      ...base,
      policy('a', 'in', 'podSelector: {}\ningress:\n  - ports: [{port: 8080}]'),
    );
    assert.deepEqual(reachLines(yaml, { from: 'b/client', to: 'a/*', port: '8080' }), [
      'b/client -> a/db: TCP 8080',
      'b/client -> a/web: TCP 8080',
    ]);
    assert.deepEqual(reachLines(yaml, { from: 'b/client', to: 'a/*', port: 'http' }), [
      'b/client -> a/db: none',
      'b/client -> a/web: TCP 8080',
    ]);
    assert.deepEqual(reachLines(yaml, { from: 'b/client', to: 'a/web', port: '8080/UDP' }), [
      'b/client -> a/web: none',
    ]);
  });

  it('a namespace outside the input leaves label selectors on it open (approximate), names still decide', () => {
    const yaml = documents(
      pod('a', 'web', { app: 'web' }),
      pod('c', 'other', { app: 'other' }),
      policy(
        'a',
        'p',
        'podSelector: {}\ningress:\n  - from:\n      - namespaceSelector: {matchLabels: {team: green}}',
      ),
    );
    assert.deepEqual(reachLines(yaml, { from: 'c/other', to: 'a/web' }), ['c/other -> a/web: none ~']);
    const byName = documents(
      pod('a', 'web', { app: 'web' }),
      pod('c', 'other', { app: 'other' }),
      policy(
        'a',
        'p',
        'podSelector: {}\ningress:\n  - from:\n      - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: c}}',
      ),
    );
    assert.deepEqual(reachLines(byName, { from: 'c/other', to: 'a/web' }), ['c/other -> a/web: all']);
  });

  it('a policy the API server refuses is left out, with a note', () => {
    const yaml = documents(
      ...base,
      policy('a', 'broken', 'podSelector: {}\ningress:\n  - from:\n      - ipBlock: {cidr: 10.0.0.0/33}'),
    );
    assert.deepEqual(reachLines(yaml), allOpen);
    const notes = reachNotes(yaml);
    assert.equal(notes.length, 1);
    assert.match(notes[0] ?? '', /NetworkPolicy a\/broken \(test\.yaml:\d+\) is refused .*malformed CIDR/);
  });

  it('host-network pods are answered approximately', () => {
    const yaml = documents(
      pod('a', 'web', { app: 'web' }),
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: agent, namespace: a, labels: {app: agent}}',
        'spec:',
        '  hostNetwork: true',
        '  containers: [{name: agent, image: agent}]',
      ].join('\n'),
      policy('a', 'deny', 'podSelector: {}\npolicyTypes: [Ingress]'),
    );
    assert.deepEqual(reachLines(yaml), [
      'a/agent -> a/agent: all ~',
      'a/agent -> a/web: none ~',
      'a/web -> a/agent: all ~',
      'a/web -> a/web: none',
    ]);
  });

  it('rejects --from and --to that are both addresses, and malformed workloads', () => {
    assert.throws(
      () => reachLines(documents(...base), { from: '10.0.0.1', to: '10.0.0.2' }),
      /both be addresses/,
    );
    assert.throws(() => reachLines(documents(...base), { from: 'a/b/c' }), /expected NAMESPACE\/NAME/);
    assert.throws(() => reachLines(documents(...base), { port: '70000' }), /not 1-65535/);
  });
});
