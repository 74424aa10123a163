import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  credentialsFromConfig,
  dockerConfigPath,
  lookupCredentials,
} from '../../../../src/engines/image/remote/registry/credentials.js';
import { tempDir } from '../../../support/cli.js';

function base64(text: string): string {
  return Buffer.from(text).toString('base64');
}

function homeWithConfig(config: unknown): string {
  const home = tempDir('credentials');
  mkdirSync(path.join(home, '.docker'));
  writeFileSync(
    path.join(home, '.docker', 'config.json'),
    typeof config === 'string' ? config : JSON.stringify(config),
  );
  return home;
}

describe('registry credentials from the Docker config.json', () => {
  it('decodes `auth`, matching Docker Hub under any of its keys', () => {
    const config = { auths: { 'https://index.docker.io/v1/': { auth: base64('hubuser:hub:pass') } } };
    assert.deepEqual(credentialsFromConfig(config, 'docker.io', 'config.json'), {
      credentials: { kind: 'basic', username: 'hubuser', password: 'hub:pass' },
      source: 'config.json (auths."https://index.docker.io/v1/")',
      notes: [],
    });
  });

  it('prefers an identity token, then username/password, and matches hosts with a scheme or path', () => {
    const config = {
      auths: {
        'https://127.0.0.1:5000/v2/': { identitytoken: 'refresh-me' },
        'ghcr.io': { username: 'u', password: 'p', auth: base64('other:x') },
      },
    };
    assert.deepEqual(credentialsFromConfig(config, '127.0.0.1:5000', 'c').credentials, {
      kind: 'identity-token',
      token: 'refresh-me',
    });
    assert.deepEqual(credentialsFromConfig(config, 'ghcr.io', 'c').credentials, {
      kind: 'basic',
      username: 'u',
      password: 'p',
    });
    assert.deepEqual(credentialsFromConfig(config, 'quay.io', 'c'), { notes: [] });
  });

  it('notes a credential helper it does not run, and a broken auth entry', () => {
    const helper = credentialsFromConfig(
      { credsStore: 'desktop', auths: { 'ghcr.io': {} } },
      'ghcr.io',
      'c.json',
    );
    assert.equal(helper.credentials, undefined);
    assert.match(
      helper.notes[0] ?? '',
      /credential helper "docker-credential-desktop", which Bulwark does not run/,
    );
    const perHost = credentialsFromConfig({ credHelpers: { 'quay.io': 'pass' } }, 'quay.io', 'c.json');
    assert.match(perHost.notes[0] ?? '', /docker-credential-pass/);
    const broken = credentialsFromConfig(
      { auths: { 'ghcr.io': { auth: base64('nocolon') } } },
      'ghcr.io',
      'c',
    );
    assert.match(broken.notes[0] ?? '', /not base64 of user:password/);
  });

  it('reads the file from the injected home, or from DOCKER_CONFIG', async () => {
    const home = homeWithConfig({ auths: { 'registry.example.com': { auth: base64('a:b') } } });
    const found = await lookupCredentials({ homeDir: home, env: {} }, 'registry.example.com');
    assert.deepEqual(found.credentials, { kind: 'basic', username: 'a', password: 'b' });
    assert.equal(
      dockerConfigPath({ homeDir: home, env: { DOCKER_CONFIG: '/elsewhere' } }),
      '/elsewhere/config.json',
    );
    const elsewhere = homeWithConfig({ auths: { 'registry.example.com': { username: 'c', password: 'd' } } });
    const fromEnv = await lookupCredentials(
      { homeDir: home, env: { DOCKER_CONFIG: path.join(elsewhere, '.docker') } },
      'registry.example.com',
    );
    assert.deepEqual(fromEnv.credentials, { kind: 'basic', username: 'c', password: 'd' });
  });

  it('treats a missing file as no credentials and a broken one as a note', async () => {
    assert.deepEqual(await lookupCredentials({ homeDir: tempDir('no-config'), env: {} }, 'ghcr.io'), {
      notes: [],
    });
    const broken = await lookupCredentials({ homeDir: homeWithConfig('{"auths": '), env: {} }, 'ghcr.io');
    assert.match(broken.notes[0] ?? '', /config\.json: not valid JSON .*reading ghcr\.io anonymously/);
    const wrongShape = await lookupCredentials(
      { homeDir: homeWithConfig({ auths: [1] }), env: {} },
      'ghcr.io',
    );
    assert.match(wrongShape.notes[0] ?? '', /unexpected content at auths/);
  });
});
