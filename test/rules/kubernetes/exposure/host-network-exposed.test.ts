import assert from 'node:assert/strict';
import { it } from 'node:test';
import { hostNetworkExposed } from '../../../../src/rules/kubernetes/exposure/host-network-exposed.js';
import { ruleTester, runRuleOn } from '../../../support/rule-tester.js';
import {
  invalidWorkloads,
  labelledWorkload,
  lineOf,
  networkPolicy,
  validWorkloads,
} from '../network/cases.js';

const ports =
  'containers:\n  - name: app\n    image: app\n    ports:\n      - containerPort: 8080\n      - containerPort: 53\n        protocol: UDP\n';

ruleTester(hostNetworkExposed, {
  valid: [
    ...validWorkloads('pod network', { podSpec: ports }),
    ...validWorkloads('hostPort 0 is none', {
      podSpec: 'containers:\n  - name: a\n    image: a\n    ports: [{containerPort: 80, hostPort: 0}]\n',
    }),
    {
      name: 'a PodTemplate runs no pods',
      code: 'apiVersion: v1\nkind: PodTemplate\nmetadata: {name: t}\ntemplate:\n  spec:\n    hostNetwork: true\n    containers: [{name: a, image: a}]\n',
    },
  ],
  invalid: [
    ...invalidWorkloads({
      name: 'host network',
      snippet: { podSpec: `hostNetwork: true\n${ports}` },
      errors: (code) => [{ line: lineOf(code, /hostNetwork: true/), messageId: 'hostNetwork' }],
    }),
    ...invalidWorkloads({
      name: 'host ports',
      snippet: {
        podSpec:
          'containers:\n  - name: app\n    image: app\n    ports:\n      - containerPort: 8080\n        hostPort: 80\n      - containerPort: 9090\n',
      },
      errors: (code) => [{ line: lineOf(code, /hostPort: 80/), messageId: 'hostPort' }],
    }),
  ],
});

it('KN015 lists the ports and says when a policy seems to protect a host-network pod', () => {
  const code = labelledWorkload(
    'Deployment',
    { podSpec: `hostNetwork: true\n${ports}` },
    networkPolicy('default', 'deny', 'podSelector: {}'),
  );
  const { findings } = runRuleOn(hostNetworkExposed, { code });
  assert.deepEqual(
    findings.map((finding) => finding.message),
    [
      'the pods of Deployment default/test use the node’s network: ports 8080/TCP, 53/UDP listen on every node address, where network policies do not reliably apply, so NetworkPolicy default/deny may not protect them',
    ],
  );
});
