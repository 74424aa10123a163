import { serviceAccountTokenAutomount } from '../../../../../src/rules/kubernetes/workload/hardening/service-account-token-automount.js';
import type { InvalidCase, ValidCase } from '../../../../support/rule-tester.js';
import { ruleTester } from '../../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../../support/workloads.js';

/** A ServiceAccount document after the workload, so the workload's lines stay as they are. */
function serviceAccount(name: string, namespace: string | undefined, automount: boolean | undefined): string {
  return [
    '---',
    'apiVersion: v1',
    'kind: ServiceAccount',
    'metadata:',
    `  name: ${name}`,
    ...(namespace === undefined ? [] : [`  namespace: ${namespace}`]),
    ...(automount === undefined ? [] : [`automountServiceAccountToken: ${String(automount)}`]),
    '',
  ].join('\n');
}

function withAccount<Case extends ValidCase>(cases: Case[], account: string): Case[] {
  return cases.map((testCase) => ({
    ...testCase,
    name: `${testCase.name ?? ''} + ${account.split('\n')[4]}`,
    code: testCase.code + account,
  }));
}

ruleTester(serviceAccountTokenAutomount, {
  valid: [
    ...validForEveryWorkload({
      name: 'automount disabled',
      podSpec: 'automountServiceAccountToken: false\ncontainers:\n  - name: app\n',
    }),
    ...withAccount(
      validForEveryWorkload({ name: 'default account opts out', podSpec: 'containers:\n  - name: app\n' }),
      serviceAccount('default', undefined, false),
    ),
    ...withAccount(
      validForEveryWorkload({
        name: 'named account in the pod namespace opts out',
        namespace: 'shop',
        podSpec: 'serviceAccountName: api\ncontainers:\n  - name: app\n',
      }),
      serviceAccount('api', 'shop', false),
    ),
    ...withAccount(
      validForEveryWorkload({
        name: 'deprecated serviceAccount field',
        namespace: 'shop',
        podSpec: 'serviceAccount: api\ncontainers:\n  - name: app\n',
      }),
      serviceAccount('api', 'shop', false),
    ),
    ...withAccount(
      validForEveryWorkload({
        name: 'explicit default namespace',
        namespace: 'default',
        podSpec: 'serviceAccountName: api\ncontainers:\n  - name: app\n',
      }),
      serviceAccount('api', undefined, false),
    ),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'field omitted (line 0 is the pod spec key)',
      podSpec: 'containers:\n  - name: app\n',
      errors: [{ line: 0, messageId: 'notDisabled' }],
    }),
    ...invalidForEveryWorkload({
      name: 'automount true',
      podSpec:
        'serviceAccountName: api-reader\nautomountServiceAccountToken: true\ncontainers:\n  - name: app\n',
      errors: [{ line: 2, messageId: 'enabled' }],
    }),
    ...withAccount<InvalidCase>(
      invalidForEveryWorkload({
        name: 'the pod opts back in over its account',
        podSpec: 'serviceAccountName: api\nautomountServiceAccountToken: true\ncontainers:\n  - name: app\n',
        errors: [{ line: 2, messageId: 'enabled' }],
      }),
      serviceAccount('api', undefined, false),
    ),
    ...withAccount<InvalidCase>(
      invalidForEveryWorkload({
        name: 'an account of the same name in another namespace',
        namespace: 'shop',
        podSpec: 'serviceAccountName: api\ncontainers:\n  - name: app\n',
        errors: [{ line: 0, messageId: 'notDisabled' }],
      }),
      serviceAccount('api', 'other', false),
    ),
    ...withAccount<InvalidCase>(
      invalidForEveryWorkload({
        name: 'another account opts out, not the one the pod uses',
        podSpec: 'serviceAccountName: api\ncontainers:\n  - name: app\n',
        errors: [{ line: 0, messageId: 'notDisabled' }],
      }),
      serviceAccount('default', undefined, false),
    ),
    ...withAccount<InvalidCase>(
      invalidForEveryWorkload({
        name: 'the account leaves automount on',
        podSpec: 'containers:\n  - name: app\n',
        errors: [{ line: 0, messageId: 'notDisabled' }],
      }),
      serviceAccount('default', undefined, true),
    ),
    ...withAccount<InvalidCase>(
      invalidForEveryWorkload({
        name: 'the account does not set automount',
        podSpec: 'containers:\n  - name: app\n',
        errors: [{ line: 0, messageId: 'notDisabled' }],
      }),
      serviceAccount('default', undefined, undefined),
    ),
    {
      name: 'Deployment: path of the missing field',
      code: [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: a}',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: app',
        '',
      ].join('\n'),
      errors: [
        { line: 6, messageId: 'notDisabled', path: 'spec.template.spec.automountServiceAccountToken' },
      ],
    },
  ],
});
