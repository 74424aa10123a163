import assert from 'node:assert/strict';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Finding } from '../../../src/core/index.js';
import { defaultConfig } from '../../../src/engines/config/schema.js';
import { inspectHost } from '../../../src/engines/host/inspect-host.js';
import { scanHost } from '../../../src/engines/host/scan-host.js';
import type { HostScanRequest, HostScanResult } from '../../../src/engines/host/scan-host.js';
import { tempDir } from '../../support/cli.js';
import { skipUnlessTools } from '../../support/real-images.js';
import { createJudgedContainers, hostTools, rootfsImage, startTestHost } from './support/test-host.js';
import type { TestHost } from './support/test-host.js';

const skip = skipUnlessTools(hostTools);

function request(host: TestHost, overrides: Partial<HostScanRequest> = {}): HostScanRequest {
  return {
    procRoot: '/proc',
    fsRoot: '/',
    env: { DOCKER_HOST: host.dockerd.host },
    config: defaultConfig,
    selection: { only: [], skip: [] },
    today: '2026-01-01',
    ...overrides,
  };
}

/** Docker lists a container's mounts from a map, so their order (and index) changes between runs. */
function stablePath(finding: Finding): string {
  return (finding.location.path ?? '').replace(/^Mounts\[\d+\]/, 'Mounts[*]');
}

function findingsAt(result: HostScanResult, file: string): string[] {
  return result.findings
    .filter((finding) => finding.location.file === file)
    .map((finding) => `${finding.ruleId} ${finding.location.startLine ?? '-'} ${finding.location.path ?? ''}`)
    .sort();
}

function findingsIn(result: HostScanResult, file: string): string[] {
  return result.findings
    .filter((finding) => finding.location.file === file)
    .map((finding) => `${finding.ruleId} ${stablePath(finding)}`.trim())
    .sort();
}

describe('bulwark host against a private dockerd', { skip }, () => {
  let host: TestHost;
  let result: HostScanResult;

  before(async () => {
    host = await startTestHost();
    await createJudgedContainers(host);
    result = await scanHost(request(host));
  });

  after(async () => {
    await host?.stop();
  });

  it('reads every container and the imported image, with nothing missing', () => {
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.notes, []);
    assert.deepEqual(result.counts, { containers: 3, images: 1 });
    assert.deepEqual(result.targets, [{ type: 'daemon', path: host.dockerd.host }]);
  });

  it('judges the container with every escape route open', () => {
    assert.deepEqual(findingsIn(result, 'docker:container/insecure'), [
      'DH031 HostConfig.CapAdd[0]',
      'DH032 Mounts[*]',
      'DH033 Mounts[*]',
      'DH036 HostConfig.Memory',
      'DH037 HostConfig.CpuShares',
      'DH038 HostConfig.ReadonlyRootfs',
      'DH041 HostConfig.PidMode',
      'DH048',
      'DH049',
      'DH050 HostConfig.PidsLimit',
      'DH054 HostConfig.SecurityOpt[0]',
    ]);
    const socket = result.findings.find(
      (finding) => finding.ruleId === 'DH033' && finding.location.file === 'docker:container/insecure',
    );
    assert.equal(socket?.severity, 'critical');
    assert.equal(socket?.message, `container "insecure" mounts the Docker socket ${host.dockerd.socketPath}`);
    assert.deepEqual(socket?.resource, { kind: 'Container', name: 'insecure' });
  });

  it('finds nothing wrong with the hardened container', () => {
    assert.deepEqual(findingsIn(result, 'docker:container/hardened'), []);
  });

  it('judges a created privileged container that never ran', () => {
    assert.deepEqual(findingsIn(result, 'docker:container/priv'), [
      'DH030 HostConfig.Privileged',
      'DH036 HostConfig.Memory',
      'DH037 HostConfig.CpuShares',
      'DH038 HostConfig.ReadonlyRootfs',
      'DH048',
      'DH049',
      'DH050 HostConfig.PidsLimit',
      'DH054 HostConfig.SecurityOpt[0]',
    ]);
  });

  it('judges the daemon from its real command line: --iptables=false at its column', () => {
    const iptables = result.findings.find((finding) => finding.ruleId === 'DH003');
    assert.deepEqual(iptables?.location, {
      file: 'dockerd',
      startLine: 1,
      startColumn: 'dockerd '.length + 1,
      endLine: 1,
      endColumn: 'dockerd --iptables=false'.length + 1,
      path: 'iptables',
    });
    assert.deepEqual(iptables?.resource, { kind: 'DockerDaemon', name: 'dockerd' });
  });

  it('judges the imported image config and the client environment', () => {
    assert.deepEqual(findingsIn(result, `docker:${rootfsImage}`), ['IM001 config.User']);
    assert.deepEqual(findingsIn(result, 'environment'), ['DH100 DOCKER_CONTENT_TRUST']);
    const contentTrust = result.findings.find((finding) => finding.ruleId === 'DH100');
    assert.equal(contentTrust?.severity, 'info');
  });

  it("observes this daemon's socket from its -H flag, and finds it in order", async () => {
    const inspection = await inspectHost(request(host));
    const socket = inspection.files.view.files.find((file) => file.path === host.dockerd.socketPath);
    assert.deepEqual(
      { type: socket?.type, uid: socket?.uid, roles: socket?.roles },
      { type: 'socket', uid: 0, roles: ['docker-socket'] },
    );
    assert.equal((socket?.mode ?? 0) & 0o002, 0);
    assert.deepEqual(findingsIn(result, host.dockerd.socketPath), []);
  });

  it('passes content trust set in the environment, and keeps findings of a daemon.json under another root', async () => {
    const root = tempDir('host-root');
    await mkdir(path.join(root, 'etc', 'docker'), { recursive: true });
    const daemonJson = path.join(root, 'etc', 'docker', 'daemon.json');
    await writeFile(daemonJson, '{\n  "icc": false,\n  "live-restore": true,\n  "log-level": "debug"\n}\n');
    await chmod(daemonJson, 0o666);
    const fromRoot = await scanHost(
      request(host, { fsRoot: root, env: { DOCKER_HOST: host.dockerd.host, DOCKER_CONTENT_TRUST: '1' } }),
    );
    assert.deepEqual(fromRoot.errors, []);
    assert.deepEqual(findingsIn(fromRoot, 'environment'), []);
    // Settings neither the flags nor the file set are placed at the file's start, where they would be added.
    assert.deepEqual(findingsAt(fromRoot, '/etc/docker/daemon.json'), [
      'DH002 4 log-level',
      'DH007 1 default-ulimits',
      'DH008 1 userns-remap',
      'DH011 1 authorization-plugins',
      'DH012 1 log-driver',
      'DH013 1 no-new-privileges',
      'DH015 1 userland-proxy',
      'DH088 - mode',
    ]);
    // icc=false and live-restore in the file satisfy DH001 and DH014; the flag's DH003 stays on the command line.
    assert.deepEqual(findingsAt(fromRoot, 'dockerd'), ['DH003 1 iptables']);
  });
});

describe('bulwark host when the engine stops mid-scan', { skip }, () => {
  let host: TestHost;

  before(async () => {
    host = await startTestHost();
    for (const name of ['first', 'second', 'third'])
      await host.docker(['create', '--network', 'none', '--name', name, rootfsImage, 'sleep', 'infinity']);
  });

  after(async () => {
    // dockerd is already gone with its containers: the test stopped it.
    await host?.stop().catch(() => undefined);
  });

  it('reports the containers read before, and the rest as not inspected', async () => {
    const result = await scanHost(
      request(host, {
        engineScan: {
          concurrency: 1,
          beforeContainerInspect: async (name) => {
            if (name === 'second') await host.dockerd.stop();
          },
        },
      }),
    );
    assert.deepEqual(result.counts, { containers: 1, images: 0 });
    assert.ok(result.findings.some((finding) => finding.location.file === 'docker:container/first'));
    assert.ok(!result.findings.some((finding) => finding.location.file === 'docker:container/second'));
    const [error, ...others] = result.errors;
    assert.deepEqual(others, []);
    assert.equal(error?.file, host.dockerd.host);
    assert.equal(
      error?.message,
      `the Docker Engine at ${host.dockerd.host} stopped answering mid-scan: cannot reach the Docker Engine at ` +
        `${host.dockerd.host}: the socket does not exist (is dockerd running? DOCKER_HOST selects another engine)`,
    );
    assert.deepEqual(result.notes, [
      '2 of 3 containers were not inspected because the Docker Engine stopped answering: second, third',
      'images were not inspected because the Docker Engine stopped answering',
    ]);
  });
});
