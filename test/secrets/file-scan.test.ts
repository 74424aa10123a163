import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FileSecretMatch } from '../../src/secrets/index.js';
import {
  entropyThreshold,
  fileKind,
  findSecretsInFile,
  isCredentialFilePath,
  looksGenerated,
  shannonEntropy,
} from '../../src/secrets/index.js';
import { fake, fakeKeyBody, filler, join } from './fake-credentials.js';

function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}

/** `line: type` pairs, the part of a match most tests pin. */
function found(path: string, text: string): string[] {
  return findSecretsInFile(path, text).map((match: FileSecretMatch) => `${match.line}: ${match.type}`);
}

describe('findSecretsInFile: credential file formats', () => {
  it('AWS credentials: the access key id and the secret access key, each on its line', () => {
    const text = lines(
      '[default]',
      `aws_access_key_id = ${fake.awsAccessKeyId}`,
      `aws_secret_access_key = ${fake.awsSecretAccessKey}`,
      'region = eu-west-1',
    );
    assert.deepEqual(findSecretsInFile('/root/.aws/credentials', text), [
      { line: 2, type: 'aws-access-key-id', kind: 'AWS access key id', masked: 'AKIA********' },
      { line: 3, type: 'aws-secret-access-key', kind: 'AWS secret access key', masked: 'Q7rT********' },
    ]);
  });

  it('AWS secret access keys are found in any file, but not the documentation sample', () => {
    assert.deepEqual(found('/app/deploy.sh', `export AWS_SECRET_ACCESS_KEY=${fake.awsSecretAccessKey}\n`), [
      '1: aws-secret-access-key',
    ]);
    const sample = join('wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY');
    assert.deepEqual(found('/app/deploy.sh', `export AWS_SECRET_ACCESS_KEY=${sample}\n`), []);
  });

  it('Docker config: auths.*.auth holding base64 user:password, and identity tokens', () => {
    const text = JSON.stringify(
      {
        auths: {
          'registry.test': { auth: btoa('bob:hunter2-but-longer') },
          'other.test': { auth: btoa('no-password:') },
          'third.test': { identitytoken: filler(30) },
        },
        credsStore: 'desktop',
      },
      null,
      2,
    );
    assert.deepEqual(found('/root/.docker/config.json', text), [
      '4: registry-auth',
      '10: registry-identity-token',
    ]);
    assert.equal(fileKind('/kaniko/.docker/config.json', text), 'docker-config');
    assert.equal(fileKind('/anywhere/auth.json', text), 'docker-config', 'recognised by content');
  });

  it('.npmrc: _authToken, _auth and _password, not references', () => {
    const text = lines(
      'registry=https://registry.npmjs.org/',
      `//registry.npmjs.org/:_authToken=${filler(32)}`,
      '//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}',
      `_auth=${btoa('bob:hunter2-but-longer')}`,
      '//registry.test/:_password="czNjcjN0LXZhbHVl"',
      'always-auth=true',
    );
    assert.deepEqual(found('/home/app/.npmrc', text), [
      '2: npm-registry-credential',
      '4: npm-registry-credential',
      '5: npm-registry-credential',
    ]);
  });

  it('.pypirc, .netrc and .pgpass passwords', () => {
    assert.deepEqual(
      found('/root/.pypirc', lines('[pypi]', 'username = __token__', `password = ${filler(20)}`)),
      ['3: package-index-password'],
    );
    assert.deepEqual(
      found('/root/.netrc', lines(`machine git.test login bob password ${filler(12)}`, 'machine x')),
      ['1: netrc-password'],
    );
    assert.deepEqual(
      found('/root/.pgpass', lines('# host:port:db:user:password', 'db:5432:*:app:s3cr3t\\:pw')),
      ['2: pgpass-password'],
    );
  });

  it('kubeconfigs by path or content: token, client-key-data, password', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: prod',
      'users:',
      '- name: admin',
      '  user:',
      `    client-key-data: ${filler(64)}`,
      '- name: ci',
      '  user:',
      `    token: ${filler(40)}`,
      '- name: basic',
      '  user:',
      '    password: hunter2-but-longer',
      '- name: ref',
      '  user:',
      '    token: ${CI_TOKEN}',
    );
    const expected = ['8: kubeconfig-client-key-data', '11: kubeconfig-token', '14: kubeconfig-password'];
    assert.deepEqual(found('/root/.kube/config', text), expected);
    assert.deepEqual(found('/etc/kubernetes/admin.conf', text), expected, 'recognised by content');
  });

  it('.env files: secret-looking names and recognisable values, not placeholders', () => {
    const text = lines(
      '# local settings',
      'DB_PASSWORD=hunter2-but-longer',
      'export API_KEY="k3y-value-9"',
      'LOG_LEVEL=debug',
      'SECRET_KEY=${SECRET_KEY}',
      'TOKEN=changeme',
      `GH=${fake.githubToken} # CI`,
    );
    assert.deepEqual(found('/app/.env', text), [
      '2: secret-named-value',
      '3: secret-named-value',
      '7: github-token',
    ]);
    assert.deepEqual(found('/app/.env.production', text).length, 3);
    assert.deepEqual(found('/app/.env.example', text), [], 'templates are samples');
  });
});

describe('findSecretsInFile: value patterns in any text file', () => {
  it('private keys of every PEM type, OpenSSH and PuTTY, shown by their header only', () => {
    const text = lines(fake.rsaKeyHeader, 'MIIEowIBAAKCAQEA', join('-----END ', 'RSA PRIVATE KEY-----'));
    assert.deepEqual(findSecretsInFile('/etc/ssl/private/server.key', text), [
      { line: 1, type: 'private-key', kind: 'private key', masked: 'BEGIN RSA PRIVATE KEY' },
    ]);
    assert.deepEqual(
      found('/root/.ssh/id_ed25519', lines(fake.opensshKeyHeader, 'b3BlbnNzaC1rZXktdjEAAAAA')),
      ['1: private-key'],
    );
    assert.deepEqual(found('/home/u/key.ppk', lines(fake.puttyHeader, 'Encryption: none')), [
      '1: putty-private-key',
    ]);
    assert.deepEqual(found('/etc/ssl/certs/ca.pem', lines('-----BEGIN CERTIFICATE-----', 'MIIB')), []);
  });

  it('a PEM header counts only with key material after it', () => {
    assert.deepEqual(
      found('/app/key.yaml', lines('tls:', '  key: |', `    ${fake.rsaKeyHeader}`, `    ${fakeKeyBody}`)),
      ['3: private-key'],
    );
    const escaped = `{"key": "${join('-----BEGIN ', 'PRIVATE KEY-----')}\\n${fakeKeyBody}\\n"}`;
    assert.deepEqual(found('/app/key.json', escaped), ['1: private-key']);
    const encrypted = lines(fake.rsaKeyHeader, 'Proc-Type: 4,ENCRYPTED', 'DEK-Info: AES-128-CBC,0A1B2C');
    assert.deepEqual(found('/app/enc.pem', encrypted), ['1: private-key']);
    // Constants in code and sentences in help texts name the header without a key.
    const code = lines(
      `_SK_START = b"${fake.opensshKeyHeader}"`,
      `_SK_END = b"-----END OPENSSH PRIVATE KEY-----"`,
    );
    assert.deepEqual(found('/usr/lib/python3/dist-packages/crypto/ssh.py', code), []);
    const help = `key="${join('-----BEGIN ', 'PRIVATE KEY-----')}\\nXXXX\\nXXXX\\n-----END PRIVATE KEY-----"\n`;
    assert.deepEqual(found('/usr/lib/node_modules/npm/lib/definitions.js', help), []);
    assert.deepEqual(found('/app/key.pem', lines(fake.rsaKeyHeader)), [], 'a header at the end of the file');
  });

  it('GCP service-account key files: one finding, at the type line', () => {
    const text = JSON.stringify(
      {
        type: 'service_account',
        project_id: 'shop',
        private_key: `${join('-----BEGIN ', 'PRIVATE KEY-----')}\nMIIE\n`,
        client_email: 'ci@shop.iam.gserviceaccount.com',
      },
      null,
      2,
    );
    assert.deepEqual(findSecretsInFile('/app/key.json', text), [
      {
        line: 2,
        type: 'gcp-service-account',
        kind: 'GCP service account key',
        masked: 'type: service_account',
      },
    ]);
    assert.deepEqual(found('/app/schema.json', '{"type": "service_account"}\n'), [], 'no key, no finding');
  });

  it('tokens, JWTs, Azure keys and connection strings on any line', () => {
    const text = lines(
      'const config = {',
      `  github: '${fake.githubToken}',`,
      `  session: "${fake.jwt}",`,
      `  storage: "DefaultEndpointsProtocol=https;AccountName=shop;${fake.azureAccountKey}",`,
      '  db: "postgres://app:Xq9Lm2Wz7Rt4@db:5432/shop",',
      '  docs: "postgres://app:password@db:5432/shop",',
      `  npm: "${fake.npmToken}",`,
      '};',
    );
    assert.deepEqual(found('/app/config.js', text), [
      '2: github-token',
      '3: jwt',
      '4: azure-storage-key',
      '5: connection-string-password',
      '7: npm-token',
    ]);
  });

  it('generated-looking values under secret-looking keys, in YAML, JSON, properties and code', () => {
    const text = lines(
      'database:',
      `  password: ${fake.random}`,
      `{"apiKey": "${filler(32, '0123456789abcdef')}"}`,
      `spring.datasource.password=${fake.random}`,
      `client_secret = "${fake.random}";`,
      'password: correct-horse-battery-staple',
      `token_url: https://auth.test/${fake.random}`,
      `password_file: /run/secrets/${fake.random}`,
      'secret: ${VAULT_SECRET}',
      `token = tokenizer.next(${fake.random})`,
      'private_key: ed25519.Ed25519PrivateKey,',
    );
    assert.deepEqual(found('/app/settings.yaml', text), [
      '2: high-entropy-secret',
      '3: high-entropy-secret',
      '4: high-entropy-secret',
      '5: high-entropy-secret',
    ]);
  });
});

describe('findSecretsInFile: what it skips (the false-positive policy)', () => {
  it('binary content: a NUL byte in the first KiB', () => {
    assert.deepEqual(found('/usr/bin/tool', `\u0000ELF${fake.rsaKeyHeader}\n`), []);
  });

  it('test suites, fixtures, examples and templates', () => {
    const key = lines(fake.rsaKeyHeader, fakeKeyBody);
    for (const path of [
      '/usr/lib/python3.12/test/keycert.pem',
      '/usr/local/lib/node_modules/npm/node_modules/x/test/fixtures/key.pem',
      '/go/pkg/mod/golang.org/x/crypto/ssh/testdata/keys.go',
      '/usr/local/go/src/crypto/tls/handshake_test.go',
      '/app/src/auth.spec.ts',
      '/app/config.sample.yaml',
      '/usr/share/doc/openssl/README',
      '/app/examples/deploy.sh',
      '/usr/lib/node_modules/npm/man/man7/config.7',
      '/usr/lib/node_modules/npm/node_modules/@npmcli/arborist/README.md',
      '/usr/lib/python3/dist-packages/PyJWT-2.6.0.egg-info/PKG-INFO',
      '/usr/lib/python3/dist-packages/requests-2.31.0.dist-info/METADATA',
      '/app/docs/setup.rst',
    ])
      assert.deepEqual(found(path, key), [], path);
    assert.deepEqual(found('/app/contest.js', key), ['1: private-key'], 'only whole words count');
  });

  it('documentation samples and placeholders', () => {
    const text = lines(
      join('aws_access_key_id = AKIA', 'IOSFODNN7EXAMPLE'),
      'password: <your-password>',
      'token: xxxxxxxxxxxxxxxxxxxxxxxx',
      'api_key: EXAMPLE0a1b2c3d4e5f6a7b8c9d',
      'proxy: scheme://[user:passwd@]proxy.server:port',
      'see http://user:pass@proxy.test/',
    );
    assert.deepEqual(found('/app/README.txt', text), []);
  });

  it('plain text without markers or keywords costs no line work and finds nothing', () => {
    assert.deepEqual(found('/etc/os-release', lines('PRETTY_NAME="Debian GNU/Linux 12"', 'ID=debian')), []);
    assert.deepEqual(found('/empty', ''), []);
  });

  it('reports at most one finding per line, with 1-based line numbers and CRLF endings', () => {
    const text = `first\r\nDB_PASSWORD=hunter2-but-longer API_KEY=k3y-value-9\r\n`;
    assert.deepEqual(found('/app/.env', text), ['2: secret-named-value']);
  });
});

describe('entropy and file names', () => {
  it('measures Shannon entropy in bits per character', () => {
    assert.equal(shannonEntropy(''), 0);
    assert.equal(shannonEntropy('aaaa'), 0);
    assert.equal(shannonEntropy('abcd'), 2);
    assert.ok(shannonEntropy(fake.random) >= entropyThreshold);
  });

  it('counts a value as generated only when long, mixed and random enough', () => {
    assert.ok(looksGenerated(fake.random));
    assert.ok(looksGenerated(filler(32, '0123456789abcdef')));
    for (const value of [
      'short9x',
      'correct-horse-battery-staple',
      'aaaaaaaaaaaaaaaaaaaa1',
      'onlyletterswithoutanydigits',
      '/run/secrets/abcdef0123456789',
      'ed25519.Ed25519PrivateKey',
      'exports2.CONNECTION_TOKEN_CHARS',
    ])
      assert.ok(!looksGenerated(value), value);
  });

  it('names credential files wherever they are', () => {
    for (const path of [
      '/root/.aws/credentials',
      '/root/.docker/config.json',
      '/home/app/.npmrc',
      '/root/.pypirc',
      '/root/.netrc',
      '/root/.pgpass',
      '/root/.kube/config',
      '/app/prod.kubeconfig',
      '/app/.env',
      '/app/.env.local',
      '/root/.ssh/id_rsa',
      '/etc/ssh/ssh_host_ed25519_key',
      '/etc/ssl/private/server.key',
      '/root/.git-credentials',
      '/app/service-account.json',
    ])
      assert.ok(isCredentialFilePath(path), path);
    for (const path of ['/etc/passwd', '/app/index.js', '/root/.ssh/id_rsa.pub', '/root/.bashrc'])
      assert.ok(!isCredentialFilePath(path), path);
  });
});
