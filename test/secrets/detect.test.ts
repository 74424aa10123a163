import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  findSecret,
  findSecretInValue,
  isReferenceOrPlaceholder,
  isSecretLikeName,
  maskSecret,
  secretPatterns,
} from '../../src/secrets/index.js';

// Fake credentials are assembled at run time so no token-shaped literal sits in the repository.
const alphabet = 'Q7rT2wX9zK4mNb3VpL8sJ6hD5fG1cYu';

function filler(length: number, characters = alphabet): string {
  let out = '';
  for (let index = 0; index < length; index += 1) out += characters[index % characters.length];
  return out;
}

const upper = filler(16, 'Q7RT2WX9ZK4MNB3V');
const join = (...parts: string[]): string => parts.join('');

interface PatternCases {
  /** Values the pattern must report. */
  secrets: string[];
  /** Look-alikes it must not report: references, placeholders and documentation samples. */
  notSecrets: string[];
}

const cases: Record<string, PatternCases> = {
  'private-key': {
    secrets: [
      join('-----BEGIN ', 'RSA PRIVATE KEY-----\nMIIEow…'),
      join('-----BEGIN ', 'OPENSSH PRIVATE KEY-----'),
      join('-----BEGIN ', 'PRIVATE KEY-----'),
    ],
    notSecrets: [
      '${TLS_KEY}',
      '<private key>',
      join('-----BEGIN ', 'EXAMPLE PRIVATE KEY-----'),
      '-----BEGIN PUBLIC KEY-----',
    ],
  },
  'putty-private-key': {
    secrets: [join('PuTTY-User-', 'Key-File-3: ssh-ed25519')],
    notSecrets: ['${PUTTY_KEY}', '<putty key file>', 'PuTTY-User-Key-File (see the PuTTYgen manual)'],
  },
  'aws-access-key-id': {
    secrets: [join('AKIA', upper), join('ASIA', upper)],
    notSecrets: [
      '${AWS_ACCESS_KEY_ID}',
      '<aws-access-key-id>',
      join('AKIA', 'IOSFODNN7', 'EXAMPLE'),
      'AKIA-short',
    ],
  },
  'github-token': {
    secrets: [join('gh', 'p_', filler(36)), join('gh', 's_', filler(40))],
    notSecrets: [
      '${GITHUB_TOKEN}',
      '<github token>',
      join('gh', 'p_', 'EXAMPLE', filler(30)),
      join('gh', 'p_short'),
    ],
  },
  'github-fine-grained-token': {
    secrets: [join('github', '_pat_', filler(82))],
    notSecrets: ['${GH_PAT}', '<fine-grained token>', join('github', '_pat_', 'example_', filler(70))],
  },
  'gitlab-token': {
    secrets: [join('gl', 'pat-', filler(20))],
    notSecrets: ['${GITLAB_TOKEN}', '<gitlab token>', join('gl', 'pat-', 'EXAMPLE', filler(16))],
  },
  'slack-token': {
    secrets: [join('xo', 'xb-', '1234567890-', filler(24))],
    notSecrets: ['${SLACK_TOKEN}', '<slack bot token>', join('xo', 'xb-', 'example-', filler(12))],
  },
  'slack-webhook': {
    secrets: [join('https://hooks.', 'slack.com/services/T', filler(9), '/B', filler(9), '/', filler(24))],
    notSecrets: [
      '${SLACK_WEBHOOK_URL}',
      '<slack webhook url>',
      join('https://hooks.', 'slack.com/services/T00000000/B00000000/', 'X'.repeat(24)),
    ],
  },
  'stripe-key': {
    secrets: [join('sk', '_live_', filler(24)), join('rk', '_live_', filler(24))],
    notSecrets: [
      '${STRIPE_SECRET_KEY}',
      '<stripe key>',
      join('sk', '_live_', 'EXAMPLE', filler(20)),
      'sk_test_1234',
    ],
  },
  'npm-token': {
    secrets: [join('np', 'm_', filler(36))],
    notSecrets: ['${NPM_TOKEN}', '<npm token>', join('np', 'm_', 'EXAMPLE', filler(29))],
  },
  'pypi-token': {
    secrets: [join('pypi-', 'AgEIcHlwaS5vcmc', filler(60))],
    notSecrets: ['${PYPI_TOKEN}', '<pypi token>', join('pypi-', 'AgEIcHlwaS5vcmc', 'EXAMPLE', filler(60))],
  },
  'gcp-api-key': {
    secrets: [join('AI', 'za', filler(35))],
    notSecrets: ['${GOOGLE_API_KEY}', '<google api key>', join('AI', 'za', 'Example', filler(28))],
  },
  'gcp-service-account': {
    secrets: ['{"type": "service_account", "project_id": "shop"}'],
    notSecrets: ['${GOOGLE_CREDENTIALS}', '<service account json>', '{"type": "service_account_example"}'],
  },
  'azure-storage-key': {
    secrets: [join('DefaultEndpointsProtocol=https;AccountName=shop;Account', 'Key=', filler(86), '==')],
    notSecrets: [
      '${AZURE_STORAGE_CONNECTION_STRING}',
      '<azure storage key>',
      join('Account', 'Key=', 'EXAMPLE', filler(79), '=='),
    ],
  },
  jwt: {
    secrets: [join('ey', 'J', filler(20), '.ey', 'J', filler(30), '.', filler(43))],
    notSecrets: [
      '${ID_TOKEN}',
      '<jwt>',
      join('ey', 'J', filler(20), '.ey', 'J', 'example', filler(30), '.', filler(43)),
    ],
  },
  'connection-string-password': {
    secrets: [
      'postgres://app:Xq9Lm2Wz7Rt4@db:5432/shop',
      'redis://:s3cretpw@redis:6379/0',
      'amqp://guest:Kf83jdLq0@rabbit/',
      'mongodb+srv://svc:Zp4Ye7Nc1Q@cluster0.example.com/app',
    ],
    notSecrets: [
      'postgres://app:${DB_PASSWORD}@db:5432/shop',
      'redis://:$REDIS_PASSWORD@redis:6379/0',
      'postgres://app:<password>@db/shop',
      'postgres://app:password@db/shop',
      'redis://:changeme-in-prod@redis',
      'mysql://root:EXAMPLE@db/app',
      'redis://redis:6379/0',
      'https://example.com:8443/path',
    ],
  },
};

describe('secret value patterns', () => {
  it('every pattern has positive and negative cases here', () => {
    assert.deepEqual(Object.keys(cases).sort(), secretPatterns.map((pattern) => pattern.type).sort());
  });

  for (const [type, { secrets, notSecrets }] of Object.entries(cases)) {
    it(`${type}: reports real-looking values`, () => {
      for (const value of secrets) assert.equal(findSecretInValue(value)?.type, type, value);
    });
    it(`${type}: ignores references, placeholders and documentation samples`, () => {
      for (const value of notSecrets) assert.equal(findSecretInValue(value), undefined, value);
    });
  }

  it('a value found by its pattern is reported whatever its key', () => {
    assert.deepEqual(findSecret('CACHE_URL', 'redis://:s3cretpw@redis:6379/0'), {
      type: 'connection-string-password',
      description: 'connection string with a password',
      by: 'value',
    });
  });
});

describe('secret-looking key names', () => {
  it('recognises secret names in every common spelling', () => {
    for (const name of [
      'DB_PASSWORD',
      'password',
      'MYSQL_ROOT_PASSWD',
      'api-key',
      'API_KEY',
      'apiKey',
      'clientSecret',
      'GITHUB_TOKEN',
      'auth.token',
      'AWS_SECRET_ACCESS_KEY',
      'SENTRY_DSN',
      'privateKey',
    ])
      assert.ok(isSecretLikeName(name), name);
  });

  it('leaves names that point at a secret or describe it', () => {
    for (const name of [
      'PASSWORD_FILE',
      'TOKEN_TTL',
      'SECRET_PATH',
      'API_KEY_ID',
      'DB_USER',
      'PASSWORD_LENGTH',
      'TOKEN_ENDPOINT',
      'HOSTNAME',
      'KEYCLOAK_URL',
    ])
      assert.ok(!isSecretLikeName(name), name);
  });

  it('reports a literal value under a secret name', () => {
    assert.deepEqual(findSecret('DB_PASSWORD', 'hunter2-but-longer'), {
      type: 'secret-named-value',
      description: 'literal value under the secret-looking name DB_PASSWORD',
      by: 'key-name',
    });
  });

  it('ignores references, placeholders, paths, scalars and short values under a secret name', () => {
    for (const value of [
      '${DB_PASSWORD}',
      '$DB_PASSWORD',
      '$(cat /run/secrets/db)',
      '{{ .Values.password }}',
      '<password>',
      'xxxxxxxx',
      '********',
      'EXAMPLE-password',
      'your-password-here',
      'changeme',
      'replace_me',
      '/run/secrets/db_password',
      'true',
      '8080',
      'abc',
      '',
    ])
      assert.equal(findSecret('DB_PASSWORD', value), undefined, JSON.stringify(value));
  });

  it('ignores literal values under names that are not secret', () => {
    assert.equal(findSecret('LOG_LEVEL', 'debug-verbose'), undefined);
    assert.equal(findSecret('PASSWORD_FILE', '/run/secrets/db'), undefined);
  });
});

describe('references, placeholders and masking', () => {
  it('recognises references and placeholders', () => {
    for (const value of [
      '${VAR}',
      '$VAR',
      '$(VAR)',
      '{{ secret }}',
      '%(password)s',
      '<token>',
      '...',
      'REDACTED',
    ])
      assert.ok(isReferenceOrPlaceholder(value), value);
    assert.ok(!isReferenceOrPlaceholder('hunter2-but-longer'));
  });

  it('never shows more than a short prefix', () => {
    assert.equal(maskSecret('abc'), 'abc'.replace(/./g, '*').padEnd(4, '*'));
    assert.equal(maskSecret('s3cretpw'), 's3******');
    const token = join('gh', 'p_', filler(36));
    assert.equal(maskSecret(token), `${token.slice(0, 4)}********`);
  });
});
