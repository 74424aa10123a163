import assert from 'node:assert/strict';
import { it } from 'node:test';
import { metadataServiceReachable } from '../../../../src/rules/kubernetes/cloud/metadata-service-reachable.js';
import { ruleTester, runRuleOn } from '../../../support/rule-tester.js';
import {
  container,
  invalidWorkloads,
  labelledWorkload,
  lineOf,
  networkPolicy,
  podLabelsLine,
  validWorkloads,
} from '../network/cases.js';

const snippet = { podSpec: container, namespace: 'shop' };

ruleTester(metadataServiceReachable, {
  valid: [
    ...validWorkloads('default deny egress', snippet, [
      networkPolicy('shop', 'deny', 'podSelector: {}\npolicyTypes: [Egress]'),
    ]),
    ...validWorkloads('the internet except the metadata address', snippet, [
      networkPolicy(
        'shop',
        'out',
        'podSelector: {}\negress:\n  - to:\n      - ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}',
      ),
    ]),
    ...validWorkloads('only HTTPS out', snippet, [
      networkPolicy('shop', 'out', 'podSelector: {}\negress:\n  - ports: [{port: 443}]'),
    ]),
    ...validWorkloads('only pods of the namespace', snippet, [
      networkPolicy('shop', 'out', 'podSelector: {}\negress:\n  - to:\n      - podSelector: {}'),
    ]),
    {
      name: 'PodTemplate runs no pods',
      code: 'apiVersion: v1\nkind: PodTemplate\nmetadata: {name: t}\ntemplate:\n  spec:\n    hostNetwork: true\n    containers: [{name: a, image: a}]\n',
    },
  ],
  invalid: [
    ...invalidWorkloads({
      name: 'host network',
      snippet: { podSpec: `hostNetwork: true\n${container}`, namespace: 'shop' },
      errors: (code) => [{ line: lineOf(code, /hostNetwork: true/), messageId: 'hostNetwork' }],
    }),
    ...invalidWorkloads({
      name: 'no egress policy',
      snippet,
      errors: (code) => [{ line: podLabelsLine(code), messageId: 'reachable' }],
    }),
    ...invalidWorkloads({
      name: 'egress to every address on port 80',
      snippet,
      others: [
        networkPolicy(
          'shop',
          'out',
          'podSelector: {}\negress:\n  - to:\n      - ipBlock: {cidr: 169.254.0.0/16}\n    ports: [{port: 80}]',
        ),
      ],
      errors: (code) => [{ line: podLabelsLine(code), messageId: 'reachable' }],
    }),
  ],
});

it('KN032 is high for the host network and low otherwise', () => {
  const host = runRuleOn(metadataServiceReachable, {
    code: labelledWorkload('Deployment', { podSpec: `hostNetwork: true\n${container}` }),
  });
  assert.deepEqual(
    host.findings.map((finding) => finding.severity),
    ['high'],
  );
  const pod = runRuleOn(metadataServiceReachable, {
    code: labelledWorkload('Deployment', { podSpec: container }),
  });
  assert.deepEqual(
    pod.findings.map((finding) => `${finding.severity}: ${finding.message}`),
    [
      'low: the pods of Deployment default/test can reach the metadata service at 169.254.169.254 on every port: no egress policy blocks it',
    ],
  );
});
