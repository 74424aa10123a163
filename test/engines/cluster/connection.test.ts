import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { connect } from '../../../src/engines/cluster/connection.js';
import { tempDir } from '../../support/cli.js';
import { writeKubeconfig } from './replay-server.js';

describe('cluster connection', () => {
  it("uses the pod's service account when there is no kubeconfig", async () => {
    const accountFiles = tempDir('service-account');
    writeFileSync(path.join(accountFiles, 'ca.crt'), 'not checked until a request is made\n');
    writeFileSync(path.join(accountFiles, 'token'), 'pod-token');
    const result = await connect({
      env: { KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_SERVICE_PORT: '443' },
      homedir: tempDir('no-kube-home'),
      fileExists: existsSync,
      serviceAccountDirectory: accountFiles,
    });
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.connection.context, 'in-cluster');
    assert.equal(result.connection.server, 'https://10.96.0.1:443');
    assert.equal(result.connection.headers['authorization'], 'Bearer pod-token');
  });

  it('reads ~/.kube/config from the injected home when KUBECONFIG is not set', async () => {
    const home = tempDir('kube-home');
    const kubeconfig = writeKubeconfig([{ name: 'home', server: 'http://127.0.0.1:9' }]);
    mkdirSync(path.join(home, '.kube'));
    copyFileSync(kubeconfig, path.join(home, '.kube', 'config'));
    const result = await connect({ env: {}, homedir: home, fileExists: existsSync });
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.connection.context, 'home');
  });

  it('says what to do when there is neither a kubeconfig nor a service account', async () => {
    const result = await connect({ env: {}, homedir: tempDir('empty-home'), fileExists: existsSync });
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.message, /no kubeconfig found .* use --snapshot FILE or --context/);
  });
});
