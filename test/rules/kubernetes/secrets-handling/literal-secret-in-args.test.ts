import assert from 'node:assert/strict';
import { it } from 'node:test';
import { literalSecretInArgs } from '../../../../src/rules/kubernetes/secrets-handling/literal-secret-in-args.js';
import { ruleTester, runRuleOn } from '../../../support/rule-tester.js';
import { invalidForEveryWorkload, validForEveryWorkload } from '../../../support/workloads.js';

const githubToken = ['ghp', '_', 'a1B2c3D4'.repeat(4), 'e5F6'].join('');

const args = (list: string[], field = 'args') =>
  `containers:\n  - name: app\n    image: app\n    ${field}:\n${list.map((item) => `      - ${JSON.stringify(item)}`).join('\n')}\n`;

ruleTester(literalSecretInArgs, {
  valid: [
    ...validForEveryWorkload({
      name: 'no arguments',
      podSpec: 'containers:\n  - name: app\n    image: app\n',
    }),
    ...validForEveryWorkload({
      name: 'files, variables and placeholders',
      podSpec: args([
        '--password-file=/run/secrets/db',
        '--token=$(API_TOKEN)',
        '--secret',
        '${SECRET}',
        '--log-level=debug',
        'sh -c "exec app --password=$DB_PASSWORD"',
      ]),
    }),
  ],
  invalid: [
    ...invalidForEveryWorkload({
      name: 'flag with a value',
      podSpec: args(['serve', '--db-password=hunter2-prod-9']),
      errors: [{ line: 6, messageId: 'secretName' }],
    }),
    ...invalidForEveryWorkload({
      name: 'flag then value, and a token by its shape in command',
      podSpec: `${args(['--api-key', 'sk-9f8e7d6c5b4a3f2e1d0c'])}    command: ["app", "${githubToken}"]\n`,
      errors: [
        { line: 6, messageId: 'secretName' },
        { line: 7, messageId: 'secretValue' },
      ],
    }),
    ...invalidForEveryWorkload({
      name: 'inside a shell script',
      podSpec: args(['sh', '-c', 'exec app --password hunter2-prod-9 --port 80'], 'command'),
      errors: [{ line: 7, messageId: 'secretName' }],
    }),
  ],
});

it('KN021 masks the value and names the flag', () => {
  const { findings } = runRuleOn(literalSecretInArgs, {
    code: `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${args(['--db-password=hunter2-prod-9'])
      .split('\n')
      .map((line) => (line === '' ? '' : `  ${line}`))
      .join('\n')}`,
  });
  assert.deepEqual(
    findings.map((finding) => finding.message),
    ['container "app" passes --db-password a literal value in its arguments (hunt********)'],
  );
});
