import assert from 'node:assert/strict';
import { it } from 'node:test';
import { composeSecretInEnvironment } from '../../../src/rules/compose/compose-secret-in-environment.js';
import { ruleTester, runRuleOn } from '../../support/rule-tester.js';
import { invalidForEveryVersion, lines, validForEveryVersion } from './utils/compose-versions.js';

ruleTester(composeSecretInEnvironment, {
  valid: [
    ...validForEveryVersion({
      name: 'field omitted',
      code: lines('services:', '  app:', '    image: nginx:1.25'),
    }),
    ...validForEveryVersion({
      name: 'map form: interpolation, files, empty and harmless values',
      code: lines(
        'services:',
        '  app:',
        '    environment:',
        '      DB_PASSWORD: ${DB_PASSWORD}',
        '      API_TOKEN: $API_TOKEN',
        '      SESSION_SECRET: ${SESSION_SECRET:?set it in .env}',
        '      ADMIN_PASSWORD: ${ADMIN_PASSWORD:-}',
        '      DB_PASSWORD_FILE: /run/secrets/db_password',
        '      REDIS_PASSWORD:',
        '      LOG_LEVEL: info',
        '      ENABLE_TOKEN_AUTH: true',
      ),
    }),
    ...validForEveryVersion({
      name: 'list form: interpolation and pass-through',
      code: lines(
        'services:',
        '  app:',
        '    environment:',
        '      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}',
        '      - POSTGRES_USER',
        '      - DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app',
      ),
    }),
  ],
  invalid: [
    ...invalidForEveryVersion({
      name: 'map form',
      code: lines(
        'services:',
        '  app:',
        '    image: api:1.4',
        '    environment:',
        '      LOG_LEVEL: info',
        '      DB_PASSWORD: hunter2hunter2',
        '      DATABASE_URL: postgres://app:s3cr3tpass@db:5432/app',
      ),
      errors: [
        { line: 6, messageId: 'literal', path: 'services.app.environment.DB_PASSWORD' },
        { line: 7, messageId: 'literal', path: 'services.app.environment.DATABASE_URL' },
      ],
    }),
    ...invalidForEveryVersion({
      name: 'list form, value patterns under any name',
      code: lines(
        'services:',
        '  app:',
        '    environment:',
        '      - LOG_LEVEL=info',
        '      - API_TOKEN=abcd1234efgh5678',
        '      - DEPLOY_KEY_ID=AKIAZ7XQ4JLMN2PRSTUV',
        '      - CACHE_URL=redis://:s3cretpw@redis:6379/0',
        '      - QUEUE_URL=redis://:${REDIS_PASSWORD}@redis:6379/1',
      ),
      errors: [
        { line: 5, messageId: 'literal', path: 'services.app.environment[1]' },
        { line: 6, messageId: 'literal', path: 'services.app.environment[2]' },
        { line: 7, messageId: 'literal', path: 'services.app.environment[3]' },
      ],
    }),
    ...invalidForEveryVersion({
      name: 'literal fallback of an interpolation',
      code: lines(
        'services:',
        '  db:',
        '    environment:',
        '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-hunter2hunter2}',
      ),
      errors: [{ line: 4, messageId: 'fallback' }],
    }),
  ],
});

it('DC016 never prints the secret', () => {
  const { findings } = runRuleOn(composeSecretInEnvironment, {
    code: lines('services:', '  app:', '    environment:', '      DB_PASSWORD: hunter2hunter2'),
  });
  assert.equal(findings.length, 1);
  const message = findings[0]?.message ?? '';
  assert.ok(!message.includes('hunter2hunter2'), message);
  assert.match(
    message,
    /DB_PASSWORD of service "app" holds a literal secret \(secret-looking name\): hunt\*+/,
  );
});
